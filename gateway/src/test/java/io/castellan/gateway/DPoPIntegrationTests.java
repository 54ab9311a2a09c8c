package io.castellan.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.ECKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DPoP-bound access tokens (RFC 9449) through the gateway, started for real in front of JDK HTTP servers: the
 * identity stand-in serves the JWKS (an ES256 key, as identity-service signs access tokens), the tenant stand-in
 * records what reaches it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DPoPIntegrationTests {

	static final TestUpstream IDENTITY = TestUpstream.start((request) -> request.path().equals("/oauth2/jwks")
			? TestUpstream.Answer.json(200, TestJwts.jwks()) : TestUpstream.echo(request));

	static final TestUpstream TENANT = TestUpstream.echo();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final ECKey key = TestJwts.proofKey();

	private final String token = TestJwts.dpopBound("alice", this.key);

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void upstreams(DynamicPropertyRegistry registry) {
		String nowhere = TestUpstream.nothingListening();
		registry.add("castellan.gateway.upstreams.identity.uri", IDENTITY::url);
		registry.add("castellan.gateway.upstreams.tenant.uri", TENANT::url);
		for (String other : List.of("authz", "audit", "notification", "provisioning")) {
			registry.add("castellan.gateway.upstreams." + other + ".uri", () -> nowhere);
		}
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestJwts.ISSUER);
		registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> IDENTITY.url() + "/oauth2/jwks");
	}

	@AfterAll
	static void stopUpstreams() {
		IDENTITY.close();
		TENANT.close();
	}

	@Test
	void apiWhenDPoPTokenAndValidProofThenForwardedWithBothHeadersUnchanged() {
		// The proof names the URL without its query (RFC 9449 section 4.3, check 9).
		String proof = TestDPoPProofs.proof(this.key, "GET", url("/api/tenants/t-1"), this.token).build();

		HttpResponse<String> response = send("GET", "/api/tenants/t-1?expand=plan",
				Map.of("Authorization", "DPoP " + this.token, "DPoP", proof, "X-Forwarded-Host", "evil.example"));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		TestUpstream.Received received = TENANT.received().getLast();
		assertThat(received.path()).isEqualTo("/api/tenants/t-1?expand=plan");
		assertThat(received.header("Authorization")).isEqualTo("DPoP " + this.token);
		assertThat(received.header("DPoP")).isEqualTo(proof);
		// The service behind checks the proof's htu against the URL the client called, the gateway's, never one a
		// client claims.
		assertThat(received.header("X-Forwarded-Proto")).isEqualTo("http");
		assertThat(received.header("X-Forwarded-Host")).isEqualTo("localhost:" + this.port);
		assertThat(received.header("X-Forwarded-Port")).isEqualTo(Integer.toString(this.port));
	}

	@Test
	void apiWhenPostWithProofForPostThenForwarded() {
		String proof = TestDPoPProofs.proof(this.key, "POST", url("/api/tenants"), this.token).build();

		HttpResponse<String> response = send("POST", "/api/tenants",
				Map.of("Authorization", "DPoP " + this.token, "DPoP", proof));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(JSON.readTree(response.body()).get("method").asString()).isEqualTo("POST");
	}

	@Test
	void apiWhenDPoPBoundTokenSentAsBearerThenInvalidTokenWithDPoPChallengeAndNothingForwarded() {
		int before = TENANT.received().size();

		HttpResponse<String> response = send("GET", "/api/tenants", Map.of("Authorization", "Bearer " + this.token));

		assertRefused(response, "invalid_token", "token_invalid");
		assertThat(TENANT.received()).hasSize(before);
	}

	@Test
	void apiWhenUnboundTokenSentAsBearerThenForwardedAsBefore() {
		String bearer = TestJwts.validEs256("bob");

		HttpResponse<String> response = send("GET", "/api/tenants", Map.of("Authorization", "Bearer " + bearer));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(TENANT.received().getLast().header("Authorization")).isEqualTo("Bearer " + bearer);
	}

	@Test
	void apiWhenProofSignedByAnotherKeyThenInvalidProofAndNothingForwarded() {
		int before = TENANT.received().size();
		String proof = TestDPoPProofs.proof(TestJwts.proofKey(), "GET", url("/api/tenants"), this.token).build();

		assertRefused(dpop("GET", "/api/tenants", proof), "invalid_dpop_proof", "dpop_proof_invalid");
		assertThat(TENANT.received()).hasSize(before);
	}

	@Test
	void apiWhenProofForAnotherMethodThenInvalidProof() {
		String proof = TestDPoPProofs.proof(this.key, "POST", url("/api/tenants"), this.token).build();

		assertRefused(dpop("GET", "/api/tenants", proof), "invalid_dpop_proof", "dpop_proof_invalid");
	}

	@Test
	void apiWhenProofForAnotherUrlThenInvalidProof() {
		String otherPath = TestDPoPProofs.proof(this.key, "GET", url("/api/tenants/t-2"), this.token).build();
		String otherHost = TestDPoPProofs.proof(this.key, "GET", "https://evil.example/api/tenants", this.token)
			.build();

		assertRefused(dpop("GET", "/api/tenants", otherPath), "invalid_dpop_proof", "dpop_proof_invalid");
		assertRefused(dpop("GET", "/api/tenants", otherHost), "invalid_dpop_proof", "dpop_proof_invalid");
	}

	@Test
	void apiWhenProofReplayedThenSecondRefused() {
		String proof = TestDPoPProofs.proof(this.key, "GET", url("/api/tenants"), this.token).build();
		assertThat(dpop("GET", "/api/tenants", proof).statusCode()).isEqualTo(200);

		assertRefused(dpop("GET", "/api/tenants", proof), "invalid_dpop_proof", "dpop_proof_invalid");
	}

	@Test
	void apiWhenProofWithoutAthOrWithAnotherTokensThenInvalidProof() {
		String withoutAth = TestDPoPProofs.proof(this.key, "GET", url("/api/tenants"), this.token).withoutAth().build();
		String otherAth = TestDPoPProofs.proof(this.key, "GET", url("/api/tenants"), this.token)
			.athOf(TestJwts.dpopBound("alice", this.key))
			.build();

		assertRefused(dpop("GET", "/api/tenants", withoutAth), "invalid_dpop_proof", "dpop_proof_invalid");
		assertRefused(dpop("GET", "/api/tenants", otherAth), "invalid_dpop_proof", "dpop_proof_invalid");
	}

	@Test
	void apiWhenProofIssuedOutsideTheWindowThenInvalidProof() {
		String stale = TestDPoPProofs.proof(this.key, "GET", url("/api/tenants"), this.token)
			.issuedAt(Instant.now().minusSeconds(300))
			.build();
		String early = TestDPoPProofs.proof(this.key, "GET", url("/api/tenants"), this.token)
			.issuedAt(Instant.now().plusSeconds(300))
			.build();

		assertRefused(dpop("GET", "/api/tenants", stale), "invalid_dpop_proof", "dpop_proof_invalid");
		assertRefused(dpop("GET", "/api/tenants", early), "invalid_dpop_proof", "dpop_proof_invalid");
	}

	@Test
	void apiWhenDPoPSchemeWithoutProofThenInvalidProof() {
		HttpResponse<String> response = send("GET", "/api/tenants", Map.of("Authorization", "DPoP " + this.token));

		assertRefused(response, "invalid_dpop_proof", "dpop_proof_invalid");
	}

	@Test
	void apiWhenDPoPSchemeWithInvalidOrUnboundTokenThenRefused() {
		String forged = TestJwts.forged("mallory");
		String forgedProof = TestDPoPProofs.proof(this.key, "GET", url("/api/tenants"), forged).build();
		String unbound = TestJwts.validEs256("bob");
		String unboundProof = TestDPoPProofs.proof(this.key, "GET", url("/api/tenants"), unbound).build();

		assertRefused(send("GET", "/api/tenants", Map.of("Authorization", "DPoP " + forged, "DPoP", forgedProof)),
				"invalid_token", "token_invalid");
		assertRefused(send("GET", "/api/tenants", Map.of("Authorization", "DPoP " + unbound, "DPoP", unboundProof)),
				"invalid_dpop_proof", "dpop_proof_invalid");
	}

	private void assertRefused(HttpResponse<String> response, String error, String code) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).get()
			.asString()
			.startsWith("DPoP error=\"" + error + "\"")
			.contains("algs=\"ES256");
		assertThat(response.headers().firstValue("Content-Type")).get()
			.asString()
			.startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("code").asString()).isEqualTo(code);
		assertThat(problem.get("status").asInt()).isEqualTo(401);
		assertThat(problem.get("type").asString()).isEqualTo("https://castellan.io/problems/" + code);
		assertThat(problem.get("title").asString()).isEqualTo("Unauthorized");
		assertThat(problem.get("detail").asString()).isNotBlank();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private HttpResponse<String> dpop(String method, String path, String proof) {
		return send(method, path, Map.of("Authorization", "DPoP " + this.token, "DPoP", proof));
	}

	private HttpResponse<String> send(String method, String path, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
			.timeout(Duration.ofSeconds(20))
			.method(method, HttpRequest.BodyPublishers.noBody());
		headers.forEach(request::header);
		try {
			return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

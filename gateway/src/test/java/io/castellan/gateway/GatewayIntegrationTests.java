package io.castellan.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.castellan.gateway.security.VerifiedJwtCache;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway started for real on a random port, in front of JDK HTTP servers standing in for the services; the
 * identity stand-in also serves the JWKS the gateway checks tokens against.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"castellan.gateway.upstreams.notification.timeout=500ms",
		// Opens after two failed calls, so the test can see it open.
		"castellan.gateway.circuit-breaker.sliding-window-size=2",
		"castellan.gateway.circuit-breaker.minimum-number-of-calls=2",
		"castellan.gateway.circuit-breaker.wait-in-open-state=1m",
		"castellan.gateway.cors.allowed-origins=https://console.example.com" })
class GatewayIntegrationTests {

	private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

	private static final Pattern TRACEPARENT_FORMAT = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

	private static final CountDownLatch RELEASE_SLOW = new CountDownLatch(1);

	static final String GOOD_KEY = "cst_abcdefghij0123456789_" + "s".repeat(43);

	static final TestUpstream IDENTITY = TestUpstream.start((request) -> switch (request.path()) {
		case "/.well-known/openid-configuration" -> TestUpstream.Answer.json(200,
				"{\"issuer\":\"" + TestJwts.ISSUER + "\",\"jwks_uri\":\"" + TestJwts.ISSUER + "/oauth2/jwks\"}");
		case "/oauth2/jwks" -> TestUpstream.Answer.json(200, TestJwts.jwks());
		case "/api/api-keys/token" -> ("Bearer " + GOOD_KEY).equals(request.header("Authorization"))
				? TestUpstream.Answer.json(200,
						"{\"access_token\":\"" + TestJwts.valid("key-owner") + "\",\"token_type\":\"Bearer\",\"expires_in\":300}")
				: TestUpstream.Answer.json(401, "{\"code\":\"api_key_revoked\",\"status\":401,\"detail\":\"revoked\"}");
		default -> TestUpstream.echo(request);
	});

	static final TestUpstream TENANT = TestUpstream.echo();

	static final TestUpstream AUTHZ = TestUpstream.echo();

	static final TestUpstream PROVISIONING = TestUpstream.start((request) -> request.path().endsWith("/conflict")
			? TestUpstream.Answer.json(409, "{\"code\":\"run_conflict\",\"status\":409}")
					.withHeader("Content-Type", "application/problem+json")
			: TestUpstream.echo(request));

	/** Answers only once the test ends: slower than the 500 ms the gateway waits for it. */
	static final TestUpstream SLOW_NOTIFICATION = TestUpstream.start((request) -> {
		awaitRelease();
		return TestUpstream.echo(request);
	});

	static final String AUDIT_DOWN = TestUpstream.nothingListening();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void upstreams(DynamicPropertyRegistry registry) {
		registry.add("castellan.gateway.upstreams.identity.uri", IDENTITY::url);
		registry.add("castellan.gateway.upstreams.tenant.uri", TENANT::url);
		registry.add("castellan.gateway.upstreams.authz.uri", AUTHZ::url);
		registry.add("castellan.gateway.upstreams.audit.uri", () -> AUDIT_DOWN);
		registry.add("castellan.gateway.upstreams.notification.uri", SLOW_NOTIFICATION::url);
		registry.add("castellan.gateway.upstreams.provisioning.uri", PROVISIONING::url);
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestJwts.ISSUER);
		registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> IDENTITY.url() + "/oauth2/jwks");
	}

	@AfterAll
	static void stopUpstreams() {
		RELEASE_SLOW.countDown();
		for (TestUpstream upstream : new TestUpstream[] { IDENTITY, TENANT, AUTHZ, PROVISIONING, SLOW_NOTIFICATION }) {
			upstream.close();
		}
	}

	@Test
	void routeWhenValidTokenThenForwardedWithTokenRequestIdAndTraceparent() {
		String token = TestJwts.valid("alice");

		HttpResponse<String> response = send("GET", "/api/tenants/t-1?expand=plan",
				Map.of("Authorization", "Bearer " + token, "X-Request-Id", "req-route-1", "traceparent", TRACEPARENT),
				null);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode received = JSON.readTree(response.body());
		assertThat(received.get("path").asString()).isEqualTo("/api/tenants/t-1?expand=plan");
		assertThat(received.get("authorization").asString()).isEqualTo("Bearer " + token);
		assertThat(received.get("requestId").asString()).isEqualTo("req-route-1");
		assertThat(received.get("traceparent").asString()).isEqualTo(TRACEPARENT);
		// The upstream echoed the request id too; the client still sees it once.
		assertThat(response.headers().allValues("X-Request-Id")).containsExactly("req-route-1");
		assertThat(response.headers().allValues("traceparent")).containsExactly(TRACEPARENT);
	}

	@Test
	void routeWhenRequestIdUnsafeAndTraceparentInvalidThenReplacedForwardedAndEchoed() {
		HttpResponse<String> response = send("GET", "/api/tenants",
				Map.of("Authorization", "Bearer " + TestJwts.valid("alice"), "X-Request-Id", "<script>",
						"traceparent", "00-00000000000000000000000000000000-00f067aa0ba902b7-01"),
				null);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode received = JSON.readTree(response.body());
		String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
		String traceparent = response.headers().firstValue("traceparent").orElseThrow();
		assertThat(requestId).isNotEqualTo("<script>").matches("[A-Za-z0-9._-]{1,128}");
		assertThat(traceparent).matches(TRACEPARENT_FORMAT).doesNotStartWith("00-00000000000000000000000000000000");
		assertThat(received.get("requestId").asString()).isEqualTo(requestId);
		assertThat(received.get("traceparent").asString()).isEqualTo(traceparent);
	}

	@Test
	void routeWhenPostThenBodyForwarded() {
		HttpResponse<String> response = send("POST", "/api/authz/check",
				Map.of("Authorization", "Bearer " + TestJwts.valid("alice"), "Content-Type", "application/json"),
				"{\"permission\":\"tenant.read\"}");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode received = JSON.readTree(response.body());
		assertThat(received.get("method").asString()).isEqualTo("POST");
		assertThat(received.get("body").asString()).isEqualTo("{\"permission\":\"tenant.read\"}");
	}

	@Test
	void apiWhenTokenMissingForgedExpiredOrForeignThenUnauthorizedProblemAndNothingForwarded() {
		int before = TENANT.received().size();
		Map<String, String> cases = new LinkedHashMap<>();
		cases.put("none", "token_missing");
		cases.put(TestJwts.forged("mallory"), "token_invalid");
		cases.put(TestJwts.expired("alice"), "token_invalid");
		cases.put(TestJwts.fromOtherIssuer("alice"), "token_invalid");
		cases.put("not-a-jwt", "token_invalid");
		cases.forEach((token, code) -> {
			Map<String, String> headers = token.equals("none") ? Map.of() : Map.of("Authorization", "Bearer " + token);
			HttpResponse<String> response = send("GET", "/api/tenants", headers, null);
			assertThat(response.statusCode()).as(code).isEqualTo(401);
			assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Bearer");
			assertThat(response.headers().firstValue("Content-Type")).get().asString()
				.startsWith("application/problem+json");
			assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
			JsonNode problem = JSON.readTree(response.body());
			assertThat(problem.get("code").asString()).isEqualTo(code);
			assertThat(problem.get("status").asInt()).isEqualTo(401);
			assertThat(problem.get("type").asString()).isEqualTo("https://castellan.io/problems/" + code);
			assertThat(problem.get("title").asString()).isEqualTo("Unauthorized");
			assertThat(problem.get("detail").asString()).isNotBlank();
		});
		assertThat(TENANT.received()).hasSize(before);
	}

	@Test
	void jwtDecoderWhenCacheNotTurnedOffThenVerifiedTokensCached(@Autowired ReactiveJwtDecoder decoder) {
		assertThat(decoder).isInstanceOf(VerifiedJwtCache.class);
	}

	@Test
	void apiWhenApiKeySentThenExchangedAtIdentityAndTheTokenForwarded() throws Exception {
		HttpResponse<String> response = send("GET", "/api/tenants/t-1",
				Map.of("Authorization", "Bearer " + GOOD_KEY), null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		String forwarded = JSON.readTree(response.body()).get("authorization").asString();
		assertThat(forwarded).startsWith("Bearer ey").doesNotContain("cst_");

		HttpResponse<String> refused = send("GET", "/api/tenants/t-1",
				Map.of("Authorization", "Bearer cst_zzzzzzzzzzzzzzzzzzzz_" + "x".repeat(43)), null);
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(JSON.readTree(refused.body()).get("code").asString()).isEqualTo("api_key_revoked");
	}

	@Test
	void publicIdentityEndpointsWhenNoTokenThenRoutedToIdentity() throws Exception {
		for (String path : new String[] { "/api/login", "/api/signup", "/api/password-resets" }) {
			HttpResponse<String> response = send("POST", path, Map.of("Content-Type", "application/json"), "{}");
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(JSON.readTree(response.body()).get("path").asString()).isEqualTo(path);
		}
		assertThat(send("GET", "/api/sessions", Map.of(), null).statusCode()).isEqualTo(401);
	}

	@Test
	void pushedAuthorizationAndClientRegistrationWhenNoGatewayTokenThenRoutedToIdentity() {
		// Both authenticate their callers themselves: client credentials at /oauth2/par, an initial access token
		// (checked by identity-service, not here) at /oauth2/register.
		for (String path : new String[] { "/oauth2/par", "/oauth2/register" }) {
			HttpResponse<String> response = send("POST", path,
					Map.of("Content-Type", "application/x-www-form-urlencoded"), "client_id=x");
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(JSON.readTree(response.body()).get("path").asString()).isEqualTo(path);
		}
	}

	@Test
	void discoveryJwksAndLogoutWhenNoTokenThenPassThroughToIdentity() {
		HttpResponse<String> discovery = send("GET", "/.well-known/openid-configuration", Map.of(), null);
		assertThat(discovery.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(discovery.body()).get("issuer").asString()).isEqualTo(TestJwts.ISSUER);

		assertThat(send("GET", "/oauth2/jwks", Map.of(), null).body()).contains("\"keys\"");

		// The gateway has no logout of its own: identity-service ends the session.
		HttpResponse<String> logout = send("POST", "/logout", Map.of("Content-Type", "application/x-www-form-urlencoded"),
				"");
		assertThat(logout.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(logout.body()).get("path").asString()).isEqualTo("/logout");
	}

	@Test
	void apiDocsWhenNoTokenThenRoutedToTheirService() {
		HttpResponse<String> response = send("GET", "/v3/api-docs/provisioning", Map.of(), null);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(response.body()).get("path").asString()).isEqualTo("/v3/api-docs/provisioning");
		assertThat(PROVISIONING.received()).anyMatch((request) -> request.path().equals("/v3/api-docs/provisioning"));
	}

	@Test
	void routeWhenUpstreamDownThenUnavailableProblemAndCircuitOpensAfterRepeatedFailures() {
		Map<String, String> headers = Map.of("Authorization", "Bearer " + TestJwts.valid("alice"));

		HttpResponse<String> first = send("GET", "/api/audit/records", headers, null);

		assertThat(first.statusCode()).isEqualTo(503);
		assertThat(first.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
		assertThat(first.headers().firstValue("Retry-After")).isPresent();
		assertThat(first.headers().firstValue("X-Request-Id")).isPresent();
		JsonNode problem = JSON.readTree(first.body());
		assertThat(problem.get("code").asString()).isEqualTo("upstream_unavailable");
		assertThat(problem.get("status").asInt()).isEqualTo(503);
		assertThat(problem.get("detail").asString()).contains("audit service is not reachable");

		send("GET", "/api/audit/records", headers, null);
		HttpResponse<String> third = send("GET", "/api/audit/records", headers, null);
		assertThat(third.statusCode()).isEqualTo(503);
		assertThat(JSON.readTree(third.body()).get("detail").asString()).contains("calls to it are paused");
	}

	@Test
	void routeWhenUpstreamSlowerThanItsTimeLimitThenUnavailableProblem() {
		HttpResponse<String> response = send("GET", "/api/notifications",
				Map.of("Authorization", "Bearer " + TestJwts.valid("alice")), null);

		assertThat(response.statusCode()).isEqualTo(503);
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("code").asString()).isEqualTo("upstream_unavailable");
		assertThat(problem.get("detail").asString()).contains("did not answer within 500 ms");
	}

	@Test
	void routeWhenUpstreamAnswersAnErrorThenPassedThroughUntouched() {
		HttpResponse<String> response = send("POST", "/api/provisioning/runs/conflict",
				Map.of("Authorization", "Bearer " + TestJwts.valid("alice")), "{}");

		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(JSON.readTree(response.body()).get("code").asString()).isEqualTo("run_conflict");
	}

	@Test
	void unknownPathThenNotFoundProblem() {
		HttpResponse<String> response = send("GET", "/nothing-here", Map.of(), null);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
		assertThat(JSON.readTree(response.body()).get("code").asString()).isEqualTo("not_found");
	}

	@Test
	void answersCarrySecurityHeadersAndCorsOnlyForAllowedOrigins() {
		HttpResponse<String> routed = send("GET", "/.well-known/openid-configuration", Map.of(), null);
		assertThat(routed.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(routed.headers().firstValue("X-Frame-Options")).contains("DENY");

		HttpResponse<String> allowed = send("OPTIONS", "/api/tenants", Map.of("Origin", "https://console.example.com",
				"Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization"), null);
		assertThat(allowed.statusCode()).isEqualTo(200);
		assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("https://console.example.com");

		HttpResponse<String> refused = send("OPTIONS", "/api/tenants", Map.of("Origin", "https://evil.example",
				"Access-Control-Request-Method", "POST"), null);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void healthProbesAndPrometheusOpenWithoutToken() {
		await().untilAsserted(() -> assertThat(send("GET", "/actuator/health/readiness", Map.of(), null).statusCode())
			.isEqualTo(200));
		assertThat(send("GET", "/actuator/health/liveness", Map.of(), null).statusCode()).isEqualTo(200);
		HttpResponse<String> metrics = send("GET", "/actuator/prometheus", Map.of("Accept", "text/plain"), null);
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes");
	}

	private HttpResponse<String> send(String method, String path, Map<String, String> headers, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(20))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body)
					: HttpRequest.BodyPublishers.noBody());
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

	private static void awaitRelease() {
		try {
			RELEASE_SLOW.await(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

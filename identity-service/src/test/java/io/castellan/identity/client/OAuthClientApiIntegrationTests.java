package io.castellan.identity.client;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenResponse;
import io.castellan.identity.IdentityIntegrationTest;
import io.castellan.identity.OAuthTestClient;
import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.events.CloudEventHeaders;
import io.castellan.platform.test.TestHttp;
import io.castellan.platform.test.TestKafka;
import io.castellan.schemas.EventTypes;
import io.castellan.schemas.identity.OAuthClientDeleted;
import io.castellan.schemas.identity.OAuthClientRegistered;
import io.castellan.schemas.identity.OAuthClientSecretRotated;
import io.castellan.schemas.identity.OAuthClientStatusChanged;
import io.castellan.schemas.identity.OAuthClientUpdated;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** OAuth clients managed over the API and used at the token endpoint through the Nimbus SDK. */
@IdentityIntegrationTest
class OAuthClientApiIntegrationTests {

	@LocalServerPort
	int port;

	private OAuthTestClient oauth;

	private TestHttp admin;

	@BeforeEach
	void setUp() {
		this.oauth = new OAuthTestClient(this.port);
		this.admin = this.oauth.admin();
	}

	@Test
	void registerWhenConfidentialThenSecretShownOnceAndTokensIssuedAndEventHasNoSecret() throws Exception {
		Map<String, Object> body = TestClients.machine();
		String clientId = (String) body.get("clientId");

		TestHttp.Response created = this.admin.post("/api/oauth-clients", body);

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.header(ConsistencyToken.HEADER)).isNotBlank();
		String secret = created.json().get("clientSecret").asString();
		assertThat(secret).hasSizeGreaterThanOrEqualTo(40);
		assertThat(created.json().get("requirePkce").asBoolean()).isTrue();
		TestHttp.Response fetched = this.admin.get("/api/oauth-clients/" + clientId);
		assertThat(fetched.json().has("clientSecret")).isFalse();
		assertThat(fetched.json().get("scopes").get(0).asString()).isEqualTo("reports.read");

		SignedJWT token = SignedJWT.parse(this.oauth.clientCredentials(clientId, secret, null));
		assertThat(token.getJWTClaimsSet().getSubject()).isEqualTo(clientId);
		assertThat(token.getJWTClaimsSet().getStringListClaim("scope")).containsExactly("reports.read");
		ConsumerRecord<String, byte[]> event = awaitEvent(OAuthClientRegistered.TYPE, clientId);
		String payload = new String(event.value(), StandardCharsets.UTF_8);
		assertThat(record(event).get("grantTypes").get(0).asString()).isEqualTo("client_credentials");
		assertThat(event.key()).isEqualTo(EventTypes.PLATFORM_TENANT);
		assertThat(payload).doesNotContain(secret).doesNotContainIgnoringCase("argon").doesNotContain("secret\"");
	}

	@Test
	void rotateSecretWhenRotatedThenNewSecretWorksAndOldRefused() {
		Map<String, Object> body = TestClients.machine();
		String clientId = (String) body.get("clientId");
		String oldSecret = this.admin.post("/api/oauth-clients", body).json().get("clientSecret").asString();

		TestHttp.Response rotated = this.admin.post("/api/oauth-clients/" + clientId + "/secret", "");

		assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
		String newSecret = rotated.json().get("clientSecret").asString();
		assertThat(newSecret).isNotEqualTo(oldSecret);
		assertThat(this.oauth.clientCredentials(clientId, newSecret, null)).isNotBlank();
		TokenResponse refused = this.oauth.token(clientId, oldSecret, new ClientCredentialsGrant(), null);
		assertThat(((TokenErrorResponse) refused).getErrorObject().getCode()).isEqualTo("invalid_client");
		String payload = new String(awaitEvent(OAuthClientSecretRotated.TYPE, clientId).value(),
				StandardCharsets.UTF_8);
		assertThat(payload).doesNotContain(newSecret).doesNotContain(oldSecret).doesNotContainIgnoringCase("argon");
	}

	@Test
	void updateWhenScopesReplacedThenTokensCarryTheNewScopes() throws Exception {
		Map<String, Object> body = TestClients.machine();
		String clientId = (String) body.get("clientId");
		String secret = this.admin.post("/api/oauth-clients", body).json().get("clientSecret").asString();
		Map<String, Object> settings = new LinkedHashMap<>(body);
		settings.remove("clientId");
		settings.remove("clientType");
		settings.put("scopes", List.of("reports.read", "reports.write"));
		settings.put("accessTokenTtlSeconds", 120);

		var updated = this.oauth.put(this.oauth.adminToken(), "/api/oauth-clients/" + clientId,
				TestJson.write(settings));

		assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
		SignedJWT token = SignedJWT.parse(this.oauth.clientCredentials(clientId, secret, null));
		assertThat(token.getJWTClaimsSet().getStringListClaim("scope")).containsExactlyInAnyOrder("reports.read",
				"reports.write");
		assertThat(Duration.between(token.getJWTClaimsSet().getIssueTime().toInstant(),
				token.getJWTClaimsSet().getExpirationTime().toInstant()))
			.isEqualTo(Duration.ofSeconds(120));
		assertThat(record(awaitEvent(OAuthClientUpdated.TYPE, clientId)).get("accessTokenTtlSeconds").asInt())
			.isEqualTo(120);
	}

	@Test
	void disableWhenDisabledThenRefusedUntilEnabledAgain() {
		Map<String, Object> body = TestClients.machine();
		String clientId = (String) body.get("clientId");
		String secret = this.admin.post("/api/oauth-clients", body).json().get("clientSecret").asString();

		TestHttp.Response disabled = this.admin.post("/api/oauth-clients/" + clientId + "/disable", "");

		assertThat(disabled.json().get("status").asString()).isEqualTo("disabled");
		TokenResponse refused = this.oauth.token(clientId, secret, new ClientCredentialsGrant(), null);
		assertThat(((TokenErrorResponse) refused).getErrorObject().getCode()).isEqualTo("invalid_client");
		assertThat(record(awaitEvent(OAuthClientStatusChanged.TYPE, clientId)).get("status").asString())
			.isEqualTo("disabled");
		this.admin.post("/api/oauth-clients/" + clientId + "/enable", "");
		assertThat(this.oauth.clientCredentials(clientId, secret, null)).isNotBlank();
	}

	@Test
	void deleteWhenDeletedThenGoneRefusedAndClientIdFreeAgain() {
		Map<String, Object> body = TestClients.machine();
		String clientId = (String) body.get("clientId");
		String secret = this.admin.post("/api/oauth-clients", body).json().get("clientSecret").asString();

		var deleted = this.oauth.delete(this.oauth.adminToken(), "/api/oauth-clients/" + clientId);

		assertThat(deleted.statusCode()).isEqualTo(204);
		assertThat(this.admin.get("/api/oauth-clients/" + clientId).json().get("code").asString())
			.isEqualTo("oauth_client_not_found");
		TokenResponse refused = this.oauth.token(clientId, secret, new ClientCredentialsGrant(), null);
		assertThat(((TokenErrorResponse) refused).getErrorObject().getCode()).isEqualTo("invalid_client");
		awaitEvent(OAuthClientDeleted.TYPE, clientId);
		assertThat(this.admin.post("/api/oauth-clients", body).status()).isEqualTo(201);
	}

	@Test
	void registerWhenClientIdTakenThenConflict() {
		Map<String, Object> body = TestClients.machine();
		assertThat(this.admin.post("/api/oauth-clients", body).status()).isEqualTo(201);
		TestHttp.Response again = this.admin.post("/api/oauth-clients", body);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("code").asString()).isEqualTo("oauth_client_id_taken");
	}

	@Test
	void registerWhenPublicThenNoSecretAndPkceForced() {
		TestHttp.Response created = this.admin.post("/api/oauth-clients",
				TestClients.with(TestClients.spa(), "requirePkce", false));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().has("clientSecret")).isFalse();
		assertThat(created.json().get("requirePkce").asBoolean()).isTrue();
		TestHttp.Response rotate = this.admin
			.post("/api/oauth-clients/" + created.json().get("clientId").asString() + "/secret", "");
		assertThat(rotate.json().get("code").asString()).isEqualTo("oauth_client_public");
	}

	@Test
	void registerWhenInvalidThenProblemWithStableCode() {
		Map<Map<String, Object>, String> cases = new LinkedHashMap<>();
		cases.put(TestClients.with(TestClients.spa(), "redirectUris", List.of("http://app.example.com/cb")),
				"redirect_uri_invalid");
		cases.put(TestClients.with(TestClients.spa(), "redirectUris", List.of("https://app.example.com/cb#x")),
				"redirect_uri_invalid");
		cases.put(TestClients.with(TestClients.spa(), "redirectUris", List.of("/relative")), "redirect_uri_invalid");
		cases.put(TestClients.with(TestClients.spa(), "postLogoutRedirectUris", List.of("javascript:alert(1)")),
				"redirect_uri_invalid");
		cases.put(TestClients.with(TestClients.spa(), "redirectUris", List.of()), "redirect_uri_required");
		cases.put(TestClients.with(TestClients.spa(), "grantTypes", List.of("client_credentials")),
				"grant_type_needs_confidential_client");
		cases.put(TestClients.with(TestClients.machine(), "grantTypes", List.of("password")),
				"grant_type_unsupported");
		cases.put(TestClients.with(TestClients.machine(), "scopes", List.of("a\"b")), "scope_invalid");
		cases.put(TestClients.with(TestClients.machine(), "tenantId", "no-such-tenant"), "tenant_not_found");
		cases.forEach((body, code) -> {
			TestHttp.Response response = this.admin.post("/api/oauth-clients", body);
			assertThat(response.status()).as(body.toString()).isEqualTo(422);
			assertThat(response.contentType()).startsWith("application/problem+json");
			assertThat(response.json().get("code").asString()).as(body.toString()).isEqualTo(code);
		});
		List<Map<String, Object>> malformed = List.of(TestClients.with(TestClients.machine(), "clientType", "robot"),
				TestClients.with(TestClients.machine(), "accessTokenTtlSeconds", 999999),
				TestClients.with(TestClients.machine(), "clientId", "x y"),
				TestClients.with(TestClients.machine(), "name", "n".repeat(500)));
		for (Map<String, Object> body : malformed) {
			TestHttp.Response response = this.admin.post("/api/oauth-clients", body);
			assertThat(response.status()).as(body.toString()).isEqualTo(400);
			assertThat(response.json().get("code").asString()).isEqualTo("validation_failed");
		}
	}

	@Test
	void apiWhenCallerNotPlatformAdminThenForbidden() {
		Map<String, Object> body = TestClients.machine();
		String secret = this.admin.post("/api/oauth-clients", body).json().get("clientSecret").asString();
		TestHttp other = TestHttp.at(this.port)
			.as(this.oauth.clientCredentials((String) body.get("clientId"), secret, null));
		TestHttp.Response response = other.post("/api/oauth-clients", TestClients.machine());
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.json().get("code").asString()).isEqualTo("platform_admin_required");
		assertThat(other.get("/api/oauth-clients").status()).isEqualTo(403);
	}

	@Test
	void listWhenSeveralClientsThenCursorPaged() {
		this.admin.post("/api/oauth-clients", TestClients.machine());
		this.admin.post("/api/oauth-clients", TestClients.machine());
		TestHttp.Response first = this.admin.get("/api/oauth-clients?limit=1");
		assertThat(first.json().get("items").size()).isEqualTo(1);
		String next = first.json().get("next").asString();
		TestHttp.Response second = this.admin.get("/api/oauth-clients?limit=1&after=" + next);
		assertThat(second.json().get("items").get(0).get("clientId").asString()).isGreaterThan(next);
	}

	private ConsumerRecord<String, byte[]> awaitEvent(String type, String clientId) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> TestKafka.records(EventTypes.IDENTITY_TOPIC)
				.stream()
				.filter((record) -> type.equals(TestKafka.header(record, CloudEventHeaders.TYPE))
						&& clientId.equals(TestKafka.header(record, CloudEventHeaders.SUBJECT)))
				.findFirst()
				.orElse(null), (record) -> record != null);
	}

	private static tools.jackson.databind.JsonNode record(ConsumerRecord<String, byte[]> record) {
		return TestJson.read(record.value());
	}

}

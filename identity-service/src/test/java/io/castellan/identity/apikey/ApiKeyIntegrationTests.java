package io.castellan.identity.apikey;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jwt.SignedJWT;
import io.castellan.identity.AdminClient;
import io.castellan.identity.IdentityIntegrationTest;
import io.castellan.platform.events.CloudEventHeaders;
import io.castellan.platform.test.TestHttp;
import io.castellan.platform.test.TestKafka;
import io.castellan.schemas.EventTypes;
import io.castellan.schemas.identity.ApiKeyCreated;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** API keys: shown once, stored as a keyed hash, exchanged for tokens, revoked, expired and scoped. */
@IdentityIntegrationTest
class ApiKeyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private TestHttp admin;

	private String ownerId;

	@BeforeEach
	void setUp() {
		this.admin = AdminClient.http(this.port);
		this.ownerId = this.admin
			.post("/api/principals",
					Map.of("kind", "human", "name", "keyholder-" + UUID.randomUUID().toString().substring(0, 8)))
			.json()
			.get("id")
			.asString();
	}

	@Test
	void createWhenAdminForPrincipalThenKeyShownOnceHashedAndExchangedForTheOwnersToken() throws Exception {
		TestHttp.Response created = this.admin.post("/api/api-keys", Map.of("name", "ci", "ownerId", this.ownerId));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String key = created.json().get("key").asString();
		String id = created.json().get("id").asString();
		assertThat(key).matches("cst_[a-z0-9]{20}_[A-Za-z0-9_-]{43}");
		assertThat(this.admin.get("/api/api-keys/" + id).json().has("key")).isFalse();
		String hash = this.jdbc.sql("select hash from api_key_secret where key_id = ?").param(id).query(String.class)
			.single();
		assertThat(key).doesNotContain(hash);

		TestHttp.Response token = exchange(key);
		assertThat(token.status()).as(token.toString()).isEqualTo(200);
		SignedJWT jwt = SignedJWT.parse(token.json().get("access_token").asString());
		assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo(this.ownerId);
		assertThat(jwt.getJWTClaimsSet().getStringClaim("api_key_id")).isEqualTo(id);
		TestHttp.Response self = TestHttp.at(this.port)
			.as(token.json().get("access_token").asString())
			.get("/api/principals/" + this.ownerId);
		assertThat(self.status()).isEqualTo(200);
		assertThat(this.admin.get("/api/api-keys/" + id).json().has("lastUsedAt")).isTrue();

		await().untilAsserted(() -> assertThat(TestKafka.records(EventTypes.IDENTITY_TOPIC)).anySatisfy((record) -> {
			assertThat(TestKafka.header(record, CloudEventHeaders.TYPE)).isEqualTo(ApiKeyCreated.TYPE);
			assertThat(TestKafka.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id);
		}));
		// cst_<20-character id>_<secret>: the secret is base64url, so it may itself hold underscores.
		String secret = key.substring(ApiKeyFormat.PREFIX.length() + 21);
		assertThat(secret).hasSize(43);
		assertThat(TestKafka.records(EventTypes.IDENTITY_TOPIC)).allSatisfy((record) -> assertThat(
				new String(record.value(), StandardCharsets.UTF_8)).doesNotContain(secret).doesNotContain(hash));
	}

	@Test
	void exchangeWhenSecretWrongOrKeyMalformedThenInvalid() {
		String key = this.admin.post("/api/api-keys", Map.of("name", "x", "ownerId", this.ownerId))
			.json()
			.get("key")
			.asString();
		String forged = key.substring(0, key.length() - 4) + "AAAA";
		for (String presented : List.of(forged, "cst_short", "not-a-key", "cst_" + "a".repeat(20) + "_secret")) {
			TestHttp.Response refused = exchange(presented);
			assertThat(refused.status()).as(presented).isEqualTo(401);
			assertThat(refused.json().get("code").asString()).isEqualTo("api_key_invalid");
		}
		assertThat(TestHttp.at(this.port).post("/api/api-keys/token", Map.of()).json().get("code").asString())
			.isEqualTo("api_key_missing");
	}

	@Test
	void exchangeWhenRevokedOrExpiredThenRefused() {
		TestHttp.Response created = this.admin.post("/api/api-keys", Map.of("name", "r", "ownerId", this.ownerId));
		String key = created.json().get("key").asString();
		assertThat(this.admin.delete("/api/api-keys/" + created.json().get("id").asString()).status()).isEqualTo(204);
		assertThat(exchange(key).json().get("code").asString()).isEqualTo("api_key_revoked");

		String expiring = this.admin
			.post("/api/api-keys", Map.of("name", "e", "ownerId", this.ownerId, "expiresAt",
					Instant.now().plusSeconds(2).toString()))
			.json()
			.get("key")
			.asString();
		assertThat(exchange(expiring).status()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(exchange(expiring).toString()).startsWith("401").contains("api_key_expired"));
	}

	@Test
	void scopedKeyWhenUsedToMintKeysOrChangePasswordsThenForbidden() {
		String key = this.admin
			.post("/api/api-keys", Map.of("name", "scoped", "ownerId", this.ownerId, "ceiling",
					List.of(Map.of("actions", List.of("read"), "scope", Map.of("mode", "tenant")))))
			.json()
			.get("key")
			.asString();
		TestHttp scoped = TestHttp.at(this.port).as(exchange(key).json().get("access_token").asString());

		TestHttp.Response mint = scoped.post("/api/api-keys", Map.of("name", "child"));
		assertThat(mint.status()).isEqualTo(403);
		assertThat(mint.json().get("code").asString()).isEqualTo("api_key_cannot_mint");
		TestHttp.Response password = scoped.put("/api/principals/" + this.ownerId + "/password",
				Map.of("password", "a brand new passphrase", "currentPassword", "whatever"));
		assertThat(password.json().get("code").asString()).isEqualTo("api_key_cannot_manage_credentials");
	}

	@Test
	void keysOfAnotherPrincipalWhenNotAdminThenLookAbsentAndBadCeilingRejected() {
		TestHttp.Response badCeiling = this.admin.post("/api/api-keys", Map.of("name", "b", "ownerId", this.ownerId,
				"ceiling", List.of(Map.of("actions", List.of("read"), "scope", Map.of("mode", "everything")))));
		assertThat(badCeiling.status()).isEqualTo(422);
		assertThat(badCeiling.json().get("code").asString()).isEqualTo("ceiling_scope_invalid");
		String key = this.admin.post("/api/api-keys", Map.of("name", "own", "ownerId", this.ownerId))
			.json()
			.get("key")
			.asString();
		TestHttp owner = TestHttp.at(this.port).as(exchange(key).json().get("access_token").asString());
		String adminsKey = this.admin.post("/api/api-keys",
				Map.of("name", "other", "ownerId", this.admin.post("/api/principals", Map.of("kind", "human", "name",
						"other-" + UUID.randomUUID().toString().substring(0, 8))).json().get("id").asString()))
			.json()
			.get("id")
			.asString();
		assertThat(owner.get("/api/api-keys/" + adminsKey).status()).isEqualTo(404);
		assertThat(owner.delete("/api/api-keys/" + adminsKey).status()).isEqualTo(404);
		assertThat(owner.get("/api/api-keys").json().get("items")).hasSize(1);
	}

	private TestHttp.Response exchange(String key) {
		return TestHttp.at(this.port).header("Authorization", "Bearer " + key).post("/api/api-keys/token", "");
	}

}

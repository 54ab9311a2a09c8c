package io.castellan.identity.signingkey;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import io.castellan.identity.IdentityIntegrationTest;
import io.castellan.identity.IdentityServiceApplication;
import io.castellan.identity.OAuthTestClient;
import io.castellan.platform.events.CloudEventHeaders;
import io.castellan.platform.security.SealedSecrets;
import io.castellan.platform.test.TestHttp;
import io.castellan.platform.test.TestKafka;
import io.castellan.platform.test.TestSecrets;
import io.castellan.schemas.EventTypes;
import io.castellan.schemas.identity.SigningKeyRotated;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Signing-key rotation seen by an outside verifier: the JWKS, token headers and the events. */
@IdentityIntegrationTest
class SigningKeyRotationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Environment environment;

	@Autowired
	SigningKeySeal seal;

	private OAuthTestClient oauth;

	@BeforeEach
	void setUp() {
		this.oauth = new OAuthTestClient(this.port);
	}

	@Test
	void rotateWhenRotatedThenNewTokensUseNewKidAndOldTokensStillValidate() throws Exception {
		SignedJWT before = SignedJWT.parse(this.oauth.adminToken());
		String oldKid = before.getHeader().getKeyID();
		assertThat(before.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);

		TestHttp.Response rotated = TestHttp.at(this.port).as(before.serialize()).post("/api/signing-keys/rotate", "");

		assertThat(rotated.status()).as(rotated.toString()).isEqualTo(201);
		Map<String, String> kidsByAlgorithm = new HashMap<>();
		rotated.json().get("items").valueStream().forEach((key) -> {
			assertThat(key.get("status").asString()).isEqualTo("active");
			kidsByAlgorithm.put(key.get("algorithm").asString(), key.get("kid").asString());
		});
		assertThat(kidsByAlgorithm).containsOnlyKeys("RS256", "ES256");
		String newKid = kidsByAlgorithm.get("ES256");
		assertThat(newKid).isNotEqualTo(oldKid);
		SignedJWT after = SignedJWT.parse(this.oauth.adminToken());
		assertThat(after.getHeader().getKeyID()).isEqualTo(newKid);
		JWKSet jwks = jwks(this.port);
		assertThat(jwks.getKeys()).allSatisfy((key) -> assertThat(key.isPrivate()).isFalse());
		assertThat(before.verify(new ECDSAVerifier((ECKey) jwks.getKeyByKeyId(oldKid)))).isTrue();
		assertThat(after.verify(new ECDSAVerifier((ECKey) jwks.getKeyByKeyId(newKid)))).isTrue();
		assertThat(jwks.getKeyByKeyId(kidsByAlgorithm.get("RS256"))).isInstanceOf(RSAKey.class);
		assertThat(TestHttp.at(this.port).as(before.serialize()).get("/api/signing-keys").status()).isEqualTo(200);

		ConsumerRecord<String, byte[]> event = awaitRotation(newKid);
		JsonNode payload = JsonMapper.builder().build().readTree(event.value());
		assertThat(payload.propertyNames()).containsExactlyInAnyOrder("kid", "algorithm", "previousKid",
				"activatedAt");
		assertThat(payload.get("previousKid").asString()).isEqualTo(oldKid);
		assertThat(payload.get("algorithm").asString()).isEqualTo("ES256");
		assertThat(event.key()).isEqualTo(EventTypes.PLATFORM_TENANT);
	}

	@Test
	void privateKeysWhenStoredThenSealedAndBoundToTheirKid() {
		List<Map<String, Object>> rows = this.jdbc
			.sql("select kid, private_key from signing_key where retired_at is null and activated_at is not null")
			.query()
			.listOfRows();
		assertThat(rows).hasSize(2);
		for (Map<String, Object> row : rows) {
			String stored = new String((byte[]) row.get("private_key"), StandardCharsets.US_ASCII);
			assertThat(stored).as("sealed, not PKCS#8").startsWith(SealedSecrets.PREFIX);
			assertThat(this.seal.open((String) row.get("kid"), (byte[]) row.get("private_key"))).isNotEmpty();
			assertThatThrownBy(() -> this.seal.open("another-kid", (byte[]) row.get("private_key")))
				.isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void rotateWhenOneAlgorithmNamedThenOnlyItsKeyChanges() throws Exception {
		String accessKid = SignedJWT.parse(this.oauth.adminToken()).getHeader().getKeyID();

		TestHttp.Response rotated = this.oauth.admin().post("/api/signing-keys/rotate?algorithm=RS256", "");

		assertThat(rotated.status()).as(rotated.toString()).isEqualTo(201);
		assertThat(rotated.json().get("items").valueStream().map((key) -> key.get("algorithm").asString()))
			.containsExactly("RS256");
		assertThat(SignedJWT.parse(this.oauth.adminToken()).getHeader().getKeyID()).isEqualTo(accessKid);
	}

	@Test
	void rotateWhenAlgorithmUnknownThenProblem() {
		TestHttp.Response response = this.oauth.admin().post("/api/signing-keys/rotate?algorithm=HS256", "");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("code").asString()).isEqualTo("algorithm_unsupported");
	}

	@Test
	void jwksWhenRetiredKeyOutlivedItsTokensThenNoLongerServed() {
		String oldKid = this.oauth.admin()
			.post("/api/signing-keys/rotate?algorithm=ES256", "")
			.json()
			.get("items")
			.get(0)
			.get("kid")
			.asString();
		this.oauth.admin().post("/api/signing-keys/rotate?algorithm=ES256", "");
		assertThat(jwks(this.port).getKeyByKeyId(oldKid)).isNotNull();
		assertThat(this.jdbc.sql("select count(*) from signing_key where kid = :kid and private_key is not null")
			.param("kid", oldKid)
			.query(Long.class)
			.single()).as("a retired key keeps no private part").isZero();

		this.jdbc.sql("update signing_key set retired_at = :at where kid = :kid")
			.param("at", Timestamp.from(Instant.now().minus(Duration.ofDays(2))))
			.param("kid", oldKid)
			.update();

		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> assertThat(jwks(this.port).getKeyByKeyId(oldKid)).isNull());
		List<String> statuses = this.oauth.admin()
			.get("/api/signing-keys")
			.json()
			.get("items")
			.valueStream()
			.filter((key) -> key.get("kid").asString().equals(oldKid))
			.map((key) -> key.get("status").asString())
			.toList();
		assertThat(statuses).containsExactly("expired");
	}

	@Test
	void rotateWhenCallerNotPlatformAdminThenForbidden() {
		Map<String, Object> client = Map.of("clientId", "no-admin-" + System.nanoTime(), "name", "n", "clientType",
				"confidential", "grantTypes", List.of("client_credentials"), "scopes", List.of("x"));
		String secret = this.oauth.admin().post("/api/oauth-clients", client).json().get("clientSecret").asString();
		TestHttp.Response response = TestHttp.at(this.port)
			.as(this.oauth.clientCredentials((String) client.get("clientId"), secret, null))
			.post("/api/signing-keys/rotate", "");
		assertThat(response.status()).isEqualTo(403);
	}

	/**
	 * A second instance on the same database, started from nothing, serves the same keys and knows the same
	 * clients: nothing of either lives only in memory, so a restart keeps them.
	 */
	@Test
	void keysAndClientsWhenFreshInstanceStartsOnTheSameDatabaseThenUnchanged() throws Exception {
		Map<String, Object> client = Map.of("clientId", "survivor-" + System.nanoTime(), "name", "n", "clientType",
				"confidential", "grantTypes", List.of("client_credentials"), "scopes", List.of("x"));
		String secret = this.oauth.admin().post("/api/oauth-clients", client).json().get("clientSecret").asString();
		SignedJWT token = SignedJWT.parse(this.oauth.adminToken());
		Set<String> kids = kids(jwks(this.port));

		// Command-line arguments: they outrank application.yml, as the environment does in production.
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(IdentityServiceApplication.class)
			.run("--server.port=0", "--spring.datasource.url=" + this.environment.getProperty("spring.datasource.url"),
					"--spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers(),
					"--castellan.issuer=" + IdentityIntegrationTest.ISSUER,
					"--castellan.bootstrap.admin-client-secret=" + IdentityIntegrationTest.ADMIN_SECRET,
					"--castellan.link-key=" + TestSecrets.LINK_KEY,
					"--castellan.api-keys.pepper=" + TestSecrets.API_KEY_PEPPER, "--spring.jmx.enabled=false")) {
			int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
			assertThat(kids(jwks(secondPort))).isEqualTo(kids);
			assertThat(TestHttp.at(secondPort).as(token.serialize()).get("/api/signing-keys").status())
				.isEqualTo(200);
			String fromSecond = new OAuthTestClient(secondPort).clientCredentials((String) client.get("clientId"),
					secret, null);
			assertThat(SignedJWT.parse(fromSecond).getHeader().getKeyID()).isEqualTo(token.getHeader().getKeyID());
		}
	}

	private static Set<String> kids(JWKSet jwks) {
		return Set.copyOf(jwks.getKeys().stream().map((key) -> key.getKeyID()).toList());
	}

	private static JWKSet jwks(int port) {
		try {
			return JWKSet.load(URI.create("http://localhost:" + port + "/oauth2/jwks").toURL());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ConsumerRecord<String, byte[]> awaitRotation(String kid) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> TestKafka.records(EventTypes.IDENTITY_TOPIC)
				.stream()
				.filter((record) -> SigningKeyRotated.TYPE.equals(TestKafka.header(record, CloudEventHeaders.TYPE))
						&& kid.equals(TestKafka.header(record, CloudEventHeaders.SUBJECT)))
				.findFirst()
				.orElse(null), (record) -> record != null);
	}


}

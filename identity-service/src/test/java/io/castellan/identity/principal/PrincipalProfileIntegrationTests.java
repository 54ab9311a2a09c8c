package io.castellan.identity.principal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.castellan.identity.AdminClient;
import io.castellan.identity.FakeHibp;
import io.castellan.identity.IdentityIntegrationTest;
import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.events.CloudEventHeaders;
import io.castellan.platform.events.EventPublisher;
import io.castellan.platform.test.TestEvents;
import io.castellan.platform.test.TestHttp;
import io.castellan.platform.test.TestKafka;
import io.castellan.schemas.EventTypes;
import io.castellan.schemas.identity.PrincipalPasswordChanged;
import io.castellan.schemas.identity.PrincipalStatusChanged;
import io.castellan.schemas.identity.PrincipalUpdated;
import io.castellan.schemas.tenant.TenantCreated;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Global humans, aliases, profile updates under If-Match, status changes and passwords, for real. */
@IdentityIntegrationTest
class PrincipalProfileIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventPublisher publisher;

	private TestHttp admin;

	@BeforeEach
	void setUp() {
		this.admin = AdminClient.http(this.port);
	}

	@AfterEach
	void heal() {
		FakeHibp.failing(false);
	}

	@Test
	void registerWhenGlobalHumanWithPasswordThenArgon2idHashStoredAndNoSecretPublished() {
		String password = "a long passphrase " + UUID.randomUUID();
		TestHttp.Response created = this.admin.post("/api/principals", human(unique("dana"), password));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(created.json().get("tenantId").asString()).isEqualTo("platform");
		assertThat(created.header("ETag")).isEqualTo("\"2\"");
		String hash = this.jdbc.sql("select hash from password_credential where principal_id = ?")
			.param(id)
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
		await().untilAsserted(() -> assertThat(TestKafka.records(EventTypes.IDENTITY_TOPIC))
			.anySatisfy((record) -> {
				assertThat(TestKafka.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id);
				assertThat(TestKafka.header(record, CloudEventHeaders.TYPE)).isEqualTo(PrincipalPasswordChanged.TYPE);
			}));
		assertThat(TestKafka.records(EventTypes.IDENTITY_TOPIC)).allSatisfy((record) -> {
			String value = new String(record.value(), StandardCharsets.UTF_8);
			assertThat(value).doesNotContain(password).doesNotContain("argon2");
		});
	}

	@Test
	void registerWhenDeviceWithoutTenantThenTenantRequired() {
		Map<String, Object> body = human(unique("meter"), null);
		body.put("kind", "device");
		TestHttp.Response response = this.admin.post("/api/principals", body);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("code").asString()).isEqualTo("tenant_required");
	}

	@Test
	void registerWhenPasswordShortOrBreachedThenRejectedWithoutStoringAnything() {
		long before = countEvents();
		TestHttp.Response tooShort = this.admin.post("/api/principals", human(unique("eve"), "short-pw"));
		assertThat(tooShort.status()).isEqualTo(422);
		assertThat(tooShort.json().get("code").asString()).isEqualTo("password_too_short");

		TestHttp.Response breached = this.admin.post("/api/principals", human(unique("eve"), FakeHibp.BREACHED.get(1)));
		assertThat(breached.status()).isEqualTo(422);
		assertThat(breached.json().get("code").asString()).isEqualTo("password_breached");
		assertThat(countEvents()).isEqualTo(before);

		String prefix = FakeHibp.sha1(FakeHibp.BREACHED.get(1)).substring(0, 5);
		assertThat(FakeHibp.requests()).contains("/range/" + prefix)
			.allSatisfy((path) -> assertThat(path).matches("/range/[0-9A-F]{5}"));
		long asked = FakeHibp.requests().stream().filter(("/range/" + prefix)::equals).count();
		this.admin.post("/api/principals", human(unique("eve"), FakeHibp.BREACHED.get(1)));
		assertThat(FakeHibp.requests().stream().filter(("/range/" + prefix)::equals).count())
			.as("the prefix's answer is cached").isEqualTo(asked);
	}

	@Test
	void registerWhenBreachServiceDownThenPasswordAcceptedFailOpen() {
		FakeHibp.failing(true);
		TestHttp.Response created = this.admin.post("/api/principals",
				human(unique("fay"), "unreachable check " + UUID.randomUUID()));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
	}

	@Test
	void tenantPolicyWhenStricterThenAppliesToItsPrincipalsOnly() {
		String tenantId = UUID.randomUUID().toString();
		String token = TestEvents.publish(this.publisher,
				new TenantCreated(tenantId, "Strict", "s-" + tenantId.substring(0, 8), "active", "t", Instant.now()))
			.encode();
		TestHttp.Response policy = this.admin.put("/api/password-policies/" + tenantId,
				Map.of("minLength", 20, "requireDigit", true));
		assertThat(policy.status()).as(policy.toString()).isEqualTo(200);

		Map<String, Object> body = human(unique("gil"), "twenty characters here");
		body.put("tenantId", tenantId);
		TestHttp.Response noDigit = this.admin.header(ConsistencyToken.HEADER, token).post("/api/principals", body);
		assertThat(noDigit.status()).isEqualTo(422);
		assertThat(noDigit.json().get("code").asString()).isEqualTo("password_classes_missing");
		assertThat(noDigit.json().get("detail").asString()).contains("20 to 128", "a digit");

		body.put("password", "twenty characters here 1");
		assertThat(this.admin.header(ConsistencyToken.HEADER, token).post("/api/principals", body).status())
			.isEqualTo(201);
		assertThat(this.admin.post("/api/principals", human(unique("hal"), "twenty characters")).status())
			.as("the platform default still applies elsewhere")
			.isEqualTo(201);
		TestHttp.Response tooLax = this.admin.put("/api/password-policies/" + tenantId, Map.of("minLength", 4));
		assertThat(tooLax.status()).isEqualTo(400);
	}

	@Test
	void aliasWhenUuidShapedOrTakenIgnoringCaseThenRejected() {
		Map<String, Object> uuidShaped = human(unique("ida"), null);
		uuidShaped.put("alias", UUID.randomUUID().toString());
		TestHttp.Response invalid = this.admin.post("/api/principals", uuidShaped);
		assertThat(invalid.status()).isEqualTo(422);
		assertThat(invalid.json().get("code").asString()).isEqualTo("principal_alias_invalid");

		String alias = "ida-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> first = human(unique("ida"), null);
		first.put("alias", alias);
		assertThat(this.admin.post("/api/principals", first).status()).isEqualTo(201);
		Map<String, Object> second = human(unique("ida"), null);
		second.put("alias", alias.toUpperCase());
		TestHttp.Response taken = this.admin.post("/api/principals", second);
		assertThat(taken.status()).isEqualTo(409);
		assertThat(taken.json().get("code").asString()).isEqualTo("principal_alias_taken");
	}

	@Test
	void updateWhenIfMatchStaleThenPreconditionFailedElseUpdatedAndPublished() {
		String id = this.admin.post("/api/principals", human(unique("jo"), null)).json().get("id").asString();
		TestHttp.Response read = this.admin.get("/api/principals/" + id);
		assertThat(read.header("ETag")).isEqualTo("\"1\"");

		TestHttp.Response updated = this.admin.header("If-Match", "\"1\"")
			.patch("/api/principals/" + id, Map.of("email", "jo@example.com", "attributes", Map.of("site", "ams")));
		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(updated.header("ETag")).isEqualTo("\"2\"");
		assertThat(updated.json().get("attributes").get("site").asString()).isEqualTo("ams");

		TestHttp.Response stale = this.admin.header("If-Match", "\"1\"")
			.patch("/api/principals/" + id, Map.of("email", "other@example.com"));
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.json().get("code").asString()).isEqualTo("version_mismatch");
		assertThat(this.admin.get("/api/principals/" + id).json().get("email").asString()).isEqualTo("jo@example.com");

		TestHttp.Response unknownField = this.admin.patch("/api/principals/" + id, Map.of("status", "active"));
		assertThat(unknownField.status()).isEqualTo(422);
		await().untilAsserted(() -> assertThat(TestKafka.records(EventTypes.IDENTITY_TOPIC)).anySatisfy((record) -> {
			assertThat(TestKafka.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id);
			assertThat(TestKafka.header(record, CloudEventHeaders.TYPE)).isEqualTo(PrincipalUpdated.TYPE);
		}));
	}

	@Test
	void statusWhenSuspendedThenListedAsSuspendedAndPublished() {
		String name = unique("kim");
		String id = this.admin.post("/api/principals", human(name, null)).json().get("id").asString();
		TestHttp.Response suspended = this.admin.post("/api/principals/" + id + "/suspend", "");
		assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
		assertThat(suspended.json().get("status").asString()).isEqualTo("suspended");
		assertThat(this.admin.post("/api/principals/" + id + "/suspend", "").status()).isEqualTo(409);

		TestHttp.Response listed = this.admin.get("/api/principals?tenantId=platform&status=suspended&q=" + name);
		assertThat(listed.json().get("items")).hasSize(1);
		await().untilAsserted(() -> assertThat(TestKafka.records(EventTypes.IDENTITY_TOPIC)).anySatisfy((record) -> {
			assertThat(TestKafka.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id);
			assertThat(TestKafka.header(record, CloudEventHeaders.TYPE)).isEqualTo(PrincipalStatusChanged.TYPE);
		}));
	}

	@Test
	void otherPrincipalWhenNotAdminThenLooksAbsent() {
		TestHttp.Response response = TestHttp.at(this.port)
			.as(AdminClient.token(this.port))
			.get("/api/principals/" + UUID.randomUUID());
		assertThat(response.status()).isEqualTo(404);
	}

	private static Map<String, Object> human(String name, String password) {
		Map<String, Object> body = new HashMap<>(Map.of("kind", "human", "name", name));
		if (password != null) {
			body.put("password", password);
		}
		return body;
	}

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private long countEvents() {
		return this.jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
	}

}

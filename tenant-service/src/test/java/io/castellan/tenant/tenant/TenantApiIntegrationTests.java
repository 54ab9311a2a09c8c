package io.castellan.tenant.tenant;

import java.util.List;
import java.util.Map;

import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.events.CloudEventHeaders;
import io.castellan.platform.test.CastellanIntegrationTest;
import io.castellan.platform.test.TestHttp;
import io.castellan.platform.test.TestKafka;
import io.castellan.platform.test.TestTokens;
import io.castellan.schemas.EventSchemas;
import io.castellan.schemas.EventTypes;
import io.castellan.schemas.tenant.TenantCreated;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@CastellanIntegrationTest
class TenantApiIntegrationTests {

	private static final String ADMIN = TestTokens.bearer("bootstrap-admin", Map.of("scope", "platform.admin"));

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	io.castellan.platform.events.EventPublisher publisher;

	private final JsonMapper json = JsonMapper.builder().build();

	private TestHttp http() {
		return TestHttp.at(this.port);
	}

	@Test
	void createWhenValidThenStoredPublishedAndReadableWithToken() {
		TestHttp.Response created = http().as(ADMIN).post("/api/tenants", Map.of("name", "Acme", "alias", "acme"));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(created.header("Location")).isEqualTo("/api/tenants/" + id);
		String token = created.header(ConsistencyToken.HEADER);
		assertThat(token).isNotBlank().isEqualTo(created.json().get("consistencyToken").asString());
		assertThat(ConsistencyToken.parse(token).offsets().keySet())
			.allMatch((partition) -> partition.topic().equals(EventTypes.TENANT_TOPIC));

		TestHttp.Response read = http().as(ADMIN).get("/api/tenants/" + id);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("alias").asString()).isEqualTo("acme");
		assertThat(read.json().get("status").asString()).isEqualTo("active");

		// The write answered after the broker acknowledged, so the record is there now.
		ConsumerRecord<String, byte[]> record = TestKafka.records(EventTypes.TENANT_TOPIC)
			.stream()
			.filter((r) -> id.equals(TestKafka.header(r, CloudEventHeaders.SUBJECT)))
			.findFirst()
			.orElseThrow();
		assertThat(record.key()).isEqualTo(id);
		assertThat(TestKafka.header(record, CloudEventHeaders.TYPE)).isEqualTo(TenantCreated.TYPE);
		assertThat(TestKafka.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
		assertThat(TestKafka.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/castellan/tenant-service");
		assertThat(TestKafka.header(record, CloudEventHeaders.ID)).isNotBlank();
		assertThat(TestKafka.header(record, CloudEventHeaders.TENANT_ID)).isEqualTo(id);
		assertThat(TestKafka.header(record, CloudEventHeaders.CORRELATION_ID)).isEqualTo(created.header("X-Request-Id"));
		assertThat(TestKafka.header(record, CloudEventHeaders.ACTOR)).isEqualTo("bootstrap-admin");
		JsonNode payload = this.json.readTree(record.value());
		assertThat(new EventSchemas().validate(TenantCreated.TYPE, payload)).isEmpty();
		assertThat(payload.get("createdBy").asString()).isEqualTo("bootstrap-admin");
	}

	@Test
	void createWhenRequestIdAndTraceparentSentThenCarriedToKafka() {
		String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
		TestHttp.Response created = http().as(ADMIN)
			.header("X-Request-Id", "req-trace-1")
			.header("traceparent", traceparent)
			.post("/api/tenants", Map.of("name", "Traced", "alias", "traced"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.header("X-Request-Id")).isEqualTo("req-trace-1");
		String id = created.json().get("id").asString();
		ConsumerRecord<String, byte[]> record = TestKafka.records(EventTypes.TENANT_TOPIC)
			.stream()
			.filter((r) -> id.equals(TestKafka.header(r, CloudEventHeaders.SUBJECT)))
			.findFirst()
			.orElseThrow();
		assertThat(TestKafka.header(record, CloudEventHeaders.CORRELATION_ID)).isEqualTo("req-trace-1");
		assertThat(TestKafka.header(record, CloudEventHeaders.TRACEPARENT)).isEqualTo(traceparent);
	}

	@Test
	void createWhenAliasTakenIgnoringCaseThenConflictAndNothingStored() {
		assertThat(http().as(ADMIN).post("/api/tenants", Map.of("name", "First", "alias", "dup")).status())
			.isEqualTo(201);
		long eventsBefore = countEvents();

		TestHttp.Response again = http().as(ADMIN).post("/api/tenants", Map.of("name", "Second", "alias", "dup"));

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.contentType()).startsWith("application/problem+json");
		assertThat(again.json().get("code").asString()).isEqualTo("tenant_alias_taken");
		assertThat(countEvents()).isEqualTo(eventsBefore);
		assertThat(this.jdbc.sql("select count(*) from tenant_summary_v1 where name = 'Second'").query(Long.class).single())
			.isZero();
	}

	@Test
	void createWhenProjectionFailsThenEventClaimAndReadModelRolledBackTogether() {
		// A read-model row the event store knows nothing of makes the projection's insert fail mid-command.
		this.jdbc.sql("""
				insert into tenant_summary_v1 (tenant_id, name, alias, status, created_at)
				values ('orphan', 'Orphan', 'rollback', 'active', now())""").update();
		long eventsBefore = countEvents();

		TestHttp.Response response = http().as(ADMIN).post("/api/tenants", Map.of("name", "R", "alias", "rollback"));

		assertThat(response.status()).isEqualTo(500);
		assertThat(response.json().get("code").asString()).isEqualTo("internal_error");
		assertThat(countEvents()).isEqualTo(eventsBefore);
		assertThat(this.jdbc.sql("select count(*) from unique_claim where value = 'rollback'").query(Long.class).single())
			.isZero();
	}

	@Test
	void createWhenBadInputThenProblemAndNothingStored() {
		long eventsBefore = countEvents();
		Map<String, Object> cases = Map.of("{\"name\": ", "malformed_request",
				"{\"name\": \"x\", \"alias\": \"Not A Slug\"}", "validation_failed",
				"{\"alias\": \"no-name\"}", "validation_failed",
				"{\"name\": \"x\", \"alias\": \"123e4567-e89b-12d3-a456-426614174000\"}", "tenant_alias_invalid");
		cases.forEach((body, code) -> {
			TestHttp.Response response = http().as(ADMIN).post("/api/tenants", body);
			assertThat(response.status()).as(body).isEqualTo(400);
			assertThat(response.contentType()).startsWith("application/problem+json");
			assertThat(response.json().get("code").asString()).as(body).isEqualTo(code);
		});
		assertThat(countEvents()).isEqualTo(eventsBefore);
	}

	/** Revocations come from identity-service over Kafka: every service refuses the session's tokens once seen. */
	@Test
	void requestsWhenTokensSessionRevokedThenRefusedAsInvalid() {
		String sessionId = java.util.UUID.randomUUID().toString();
		String token = TestTokens.bearer("bootstrap-admin", Map.of("scope", "platform.admin", "sid", sessionId));
		assertThat(http().as(token).get("/api/tenants").status()).isEqualTo(200);

		io.castellan.platform.test.TestEvents.publish(this.publisher, new io.castellan.schemas.identity.SessionRevoked(
				sessionId, "someone", "platform", "logout", "someone", java.time.Instant.now()));

		org.awaitility.Awaitility.await().untilAsserted(() -> {
			TestHttp.Response refused = http().as(token).get("/api/tenants");
			assertThat(refused.status()).isEqualTo(401);
			assertThat(refused.json().get("code").asString()).isEqualTo("token_invalid");
		});
		assertThat(http().as(ADMIN).get("/api/tenants").status()).as("other sessions unaffected").isEqualTo(200);
	}

	@Test
	void requestsWithoutValidTokenThenUnauthorizedProblem() {
		for (String token : new String[] { null, TestTokens.forged("intruder"), TestTokens.expired("old") }) {
			TestHttp.Response response = http().as(token).post("/api/tenants", Map.of("name", "X", "alias", "x"));
			assertThat(response.status()).isEqualTo(401);
			assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
			assertThat(response.json().get("code").asString()).isIn("token_missing", "token_invalid");
		}
	}

	@Test
	void createWhenCallerNotPlatformAdminThenForbidden() {
		TestHttp.Response response = http().as(TestTokens.bearer("someone"))
			.post("/api/tenants", Map.of("name", "X", "alias", "not-admin"));
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.json().get("code").asString()).isEqualTo("platform_admin_required");
	}

	@Test
	void freezeThenUnfreezeWhenAllowedThenStatusPublishedAndInvalidStepConflicts() {
		String id = http().as(ADMIN).post("/api/tenants", Map.of("name", "Cold", "alias", "cold")).json().get("id")
			.asString();

		TestHttp.Response frozen = http().as(ADMIN).post("/api/tenants/" + id + "/freeze", "");
		assertThat(frozen.status()).as(frozen.toString()).isEqualTo(200);
		assertThat(frozen.json().get("status").asString()).isEqualTo("frozen");
		assertThat(frozen.header(ConsistencyToken.HEADER)).isNotBlank();
		assertThat(TestKafka.records(EventTypes.TENANT_TOPIC)).anySatisfy((record) -> {
			assertThat(TestKafka.header(record, CloudEventHeaders.TYPE))
				.isEqualTo(io.castellan.schemas.tenant.TenantStatusChanged.TYPE);
			assertThat(record.key()).isEqualTo(id);
			assertThat(this.json.readTree(record.value()).get("status").asString()).isEqualTo("frozen");
		});

		TestHttp.Response invalid = http().as(ADMIN).post("/api/tenants/" + id + "/disable", "");
		assertThat(invalid.status()).isEqualTo(409);
		assertThat(invalid.json().get("code").asString()).isEqualTo("tenant_transition_invalid");
		assertThat(http().as(ADMIN).post("/api/tenants/" + id + "/unfreeze", "").json().get("status").asString())
			.isEqualTo("active");
		assertThat(http().as(ADMIN).post("/api/tenants/nope/freeze", "").status()).isEqualTo(404);
		assertThat(http().as(TestTokens.bearer("someone")).post("/api/tenants/" + id + "/delete", "").status())
			.isEqualTo(403);
	}

	@Test
	void getWhenUnknownThenNotFoundProblem() {
		TestHttp.Response response = http().as(ADMIN).get("/api/tenants/nope");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().get("code").asString()).isEqualTo("tenant_not_found");
	}

	@Test
	void listWhenPagedThenEveryTenantOnce() {
		for (int i = 0; i < 5; i++) {
			http().as(ADMIN).post("/api/tenants", Map.of("name", "Paged " + i, "alias", "paged-" + i));
		}
		List<String> seen = new java.util.ArrayList<>();
		String after = "";
		do {
			JsonNode page = http().as(ADMIN).get("/api/tenants?limit=2&after=" + after).json();
			page.get("items").forEach((item) -> seen.add(item.get("id").asString()));
			after = page.has("next") ? page.get("next").asString() : null;
		}
		while (after != null);
		assertThat(seen).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(5);
	}

	@Test
	void healthAndPrometheusOpenWithoutToken() {
		await().untilAsserted(() -> assertThat(http().get("/actuator/health/readiness").status()).isEqualTo(200));
		assertThat(http().header("Accept", "text/plain").get("/actuator/prometheus").status()).isEqualTo(200);
	}

	private long countEvents() {
		return this.jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
	}

}

package io.castellan.audit.record;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.events.CloudEventHeaders;
import io.castellan.platform.events.EventPublisher;
import io.castellan.platform.test.CastellanIntegrationTest;
import io.castellan.platform.test.TestHttp;
import io.castellan.platform.test.TestTokens;
import io.castellan.schemas.PublishedEvent;
import io.castellan.schemas.identity.PrincipalRegistered;
import io.castellan.schemas.notification.NotificationDeliveryFailed;
import io.castellan.schemas.provisioning.ProvisioningRunCompleted;
import io.castellan.schemas.tenant.TenantCreated;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@CastellanIntegrationTest
class AuditApiIntegrationTests {

	private static final String ADMIN = TestTokens.bearer("bootstrap-admin", Map.of("scope", "platform.admin"));

	private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	EventPublisher publisher;

	@Autowired
	JdbcClient jdbc;

	@Test
	void listWhenTenantEventsPublishedThenReadableByTenantAndTimeRangeWithToken() {
		String tenant = id();
		String principal = id();
		ConsistencyToken token = publish(T0, tenantCreated(tenant),
				Map.of(CloudEventHeaders.ACTOR, "admin-7", CloudEventHeaders.CORRELATION_ID, "req-audit-1"))
			.merge(publish(T0.plus(Duration.ofHours(1)), new PrincipalRegistered(principal, tenant, "human", "Alice",
					"alice@example.com", "active", T0), Map.of(CloudEventHeaders.ACTOR, "admin-7")))
			.merge(publish(T0.plus(Duration.ofHours(2)), new NotificationDeliveryFailed(id(), tenant, 1,
					"connection refused", T0.plus(Duration.ofHours(3))), Map.of()))
			.merge(publish(T0.plus(Duration.ofHours(1)), tenantCreated(id()), Map.of()));

		JsonNode all = admin().header(ConsistencyToken.HEADER, token.encode())
			.get("/api/audit/records?tenantId=" + tenant)
			.json();

		assertThat(actions(all)).containsExactly("tenant.created", "principal.registered",
				"notification.delivery_failed");
		assertThat(all.get("items").findValuesAsString("outcome")).containsExactly("success", "success", "failure");
		JsonNode created = all.get("items").get(0);
		assertThat(created.get("type").asString()).isEqualTo(TenantCreated.TYPE);
		assertThat(created.get("actor").asString()).isEqualTo("admin-7");
		assertThat(created.get("target").asString()).isEqualTo(tenant);
		assertThat(created.get("tenantId").asString()).isEqualTo(tenant);
		assertThat(created.get("correlationId").asString()).isEqualTo("req-audit-1");
		assertThat(Instant.parse(created.get("occurredAt").asString())).isEqualTo(T0);
		assertThat(created.get("recordedAt").asString()).isNotBlank();
		assertThat(created.get("details").get("name").asString()).isEqualTo("Acme");
		assertThat(created.get("hash").asString()).matches("[0-9a-f]{64}");
		assertThat(all.get("items").get(1).get("sequence").asLong()).isGreaterThan(created.get("sequence").asLong());
		assertThat(all.get("next").isNull()).isTrue();

		JsonNode window = admin().get("/api/audit/records?tenantId=" + tenant + "&from="
				+ T0.plus(Duration.ofHours(1)) + "&to=" + T0.plus(Duration.ofHours(2))).json();
		assertThat(actions(window)).containsExactly("principal.registered");
		assertThat(window.get("items").get(0).get("target").asString()).isEqualTo(principal);
		assertThat(actions(admin().get("/api/audit/records?tenantId=" + tenant + "&outcome=failure").json()))
			.containsExactly("notification.delivery_failed");
		assertThat(actions(admin().get("/api/audit/records?tenantId=" + tenant + "&actor=admin-7").json()))
			.containsExactly("tenant.created", "principal.registered");
		assertThat(actions(admin().get("/api/audit/records?target=" + principal + "&action=principal.registered")
			.json())).containsExactly("principal.registered");
	}

	@Test
	void listWhenSameEventDeliveredTwiceThenRecordedOnce() {
		String tenant = id();
		String eventId = id();
		ConsistencyToken token = publish(eventId, T0, tenantCreated(tenant), Map.of())
			.merge(publish(eventId, T0, tenantCreated(tenant), Map.of()));

		JsonNode page = admin().header(ConsistencyToken.HEADER, token.encode())
			.get("/api/audit/records?tenantId=" + tenant)
			.json();

		assertThat(page.get("items")).hasSize(1);
		assertThat(page.get("items").get(0).get("eventId").asString()).isEqualTo(eventId);
		assertThat(this.jdbc.sql("select count(*) from audit_record where event_id = :id")
			.param("id", eventId)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void listWhenPayloadCarriesSecretLikeFieldsThenStoredRedacted() {
		String tenant = id();
		String run = id();
		ConsistencyToken token = publish(T0, new ProvisioningRunCompleted(run, tenant, Map.of("mail-domain",
				"acme.mail.example", "webhookSecret", "whsec_live_123", "apiToken", "tok_456")), Map.of());

		JsonNode handles = admin().header(ConsistencyToken.HEADER, token.encode())
			.get("/api/audit/records?target=" + run)
			.json()
			.get("items")
			.get(0)
			.get("details")
			.get("handles");

		assertThat(handles.get("webhookSecret").asString()).isEqualTo("[redacted]");
		assertThat(handles.get("apiToken").asString()).isEqualTo("[redacted]");
		assertThat(handles.get("mail-domain").asString()).isEqualTo("acme.mail.example");
		assertThat(this.jdbc.sql("select details::text from audit_record where target = :run")
			.param("run", run)
			.query(String.class)
			.single()).doesNotContain("whsec_live_123", "tok_456");
	}

	@Test
	void listWhenPagedThenEveryRecordOnceInOrder() {
		String tenant = id();
		ConsistencyToken token = ConsistencyToken.empty();
		for (int i = 0; i < 5; i++) {
			token = token.merge(publish(T0.plusSeconds(i), tenantCreated(tenant), Map.of()));
		}
		TestHttp http = admin().header(ConsistencyToken.HEADER, token.encode());
		List<Long> sequences = new ArrayList<>();
		String after = "";
		do {
			JsonNode page = http.get("/api/audit/records?tenantId=" + tenant + "&limit=2&after=" + after).json();
			page.get("items").forEach((item) -> sequences.add(item.get("sequence").asLong()));
			after = page.get("next").isNull() ? null : page.get("next").asString();
		}
		while (after != null);
		assertThat(sequences).hasSize(5).doesNotHaveDuplicates().isSorted();
	}

	@Test
	void verifyWhenUntouchedThenValidAndWhenRowTamperedThenBrokenAtThatRecord() {
		String tenant = id();
		ConsistencyToken token = publish(T0, tenantCreated(tenant), Map.of())
			.merge(publish(T0.plusSeconds(1), tenantCreated(tenant), Map.of()))
			.merge(publish(T0.plusSeconds(2), tenantCreated(tenant), Map.of()));
		JsonNode items = admin().header(ConsistencyToken.HEADER, token.encode())
			.get("/api/audit/records?tenantId=" + tenant)
			.json()
			.get("items");
		long tampered = items.get(1).get("sequence").asLong();

		JsonNode intact = admin().get("/api/audit/verify").json();
		assertThat(intact.get("valid").asBoolean()).as(intact.toString()).isTrue();
		assertThat(intact.get("records").asLong()).isEqualTo(countRecords("true"));
		assertThat(intact.get("firstBrokenSequence").isNull()).isTrue();

		String actor = items.get(1).get("actor").asString(null);
		this.jdbc.sql("update audit_record set actor = 'mallory' where sequence = :s").param("s", tampered).update();
		try {
			JsonNode broken = admin().get("/api/audit/verify").json();
			assertThat(broken.get("valid").asBoolean()).isFalse();
			assertThat(broken.get("firstBrokenSequence").asLong()).isEqualTo(tampered);
			assertThat(broken.get("records").asLong()).isEqualTo(countRecords("sequence < " + tampered));
		}
		finally {
			this.jdbc.sql("update audit_record set actor = :actor where sequence = :s")
				.param("actor", actor)
				.param("s", tampered)
				.update();
		}
		assertThat(admin().get("/api/audit/verify").json().get("valid").asBoolean()).isTrue();
	}

	@Test
	void verifyWhenNewestRecordRemovedThenBrokenWhereItWas() {
		String tenant = id();
		ConsistencyToken token = publish(T0, tenantCreated(tenant), Map.of());
		admin().header(ConsistencyToken.HEADER, token.encode()).get("/api/audit/records?tenantId=" + tenant);
		Map<String, Object> newest = this.jdbc.sql("select sequence, event_id, type, tenant_id, actor, target, action,"
				+ " outcome, occurred_at, recorded_at, correlation_id, details::text as details, hash"
				+ " from audit_record order by sequence desc limit 1")
			.query()
			.singleRow();

		this.jdbc.sql("delete from audit_record where sequence = :s").param("s", newest.get("sequence")).update();
		try {
			JsonNode broken = admin().get("/api/audit/verify").json();
			assertThat(broken.get("valid").asBoolean()).isFalse();
			assertThat(broken.get("firstBrokenSequence").asLong()).isEqualTo((Long) newest.get("sequence"));
		}
		finally {
			this.jdbc.sql("""
					insert into audit_record (sequence, event_id, type, tenant_id, actor, target, action, outcome,
					    occurred_at, recorded_at, correlation_id, details, hash)
					values (:sequence, :event_id, :type, :tenant_id, :actor, :target, :action, :outcome,
					    :occurred_at, :recorded_at, :correlation_id, cast(:details as jsonb), :hash)""")
				.params(newest)
				.update();
		}
		assertThat(admin().get("/api/audit/verify").json().get("valid").asBoolean()).isTrue();
	}

	@Test
	void listWhenFiltersInvalidThenBadRequestWithStableCode() {
		Map<String, String> cases = Map.of("from=yesterday", "audit_time_invalid", "to=2026-03-01T08:00:00",
				"audit_time_invalid", "from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z", "audit_time_range_invalid",
				"outcome=maybe", "audit_outcome_invalid", "after=-3", "audit_cursor_invalid", "limit=501",
				"limit_invalid", "limit=0", "limit_invalid");
		cases.forEach((query, code) -> {
			TestHttp.Response response = admin().get("/api/audit/records?" + query);
			assertThat(response.status()).as(query).isEqualTo(400);
			assertThat(response.contentType()).startsWith("application/problem+json");
			assertThat(response.json().get("code").asString()).as(query).isEqualTo(code);
		});
		TestHttp.Response garbage = admin().header(ConsistencyToken.HEADER, "garbage!").get("/api/audit/records");
		assertThat(garbage.status()).isEqualTo(400);
		assertThat(garbage.json().get("code").asString()).isEqualTo("consistency_token_invalid");
	}

	@Test
	void requestsWithoutValidTokenThenUnauthorized() {
		for (String path : List.of("/api/audit/records", "/api/audit/verify")) {
			for (String token : new String[] { null, TestTokens.forged("intruder"), TestTokens.expired("old") }) {
				TestHttp.Response response = TestHttp.at(this.port).as(token).get(path);
				assertThat(response.status()).as(path).isEqualTo(401);
				assertThat(response.json().get("code").asString()).isIn("token_missing", "token_invalid");
			}
		}
	}

	@Test
	void requestsWhenCallerNotPlatformAdminThenForbidden() {
		TestHttp someone = TestHttp.at(this.port).as(TestTokens.bearer("someone", Map.of("scope", "profile")));
		for (String path : List.of("/api/audit/records", "/api/audit/verify")) {
			TestHttp.Response response = someone.get(path);
			assertThat(response.status()).as(path).isEqualTo(403);
			assertThat(response.json().get("code").asString()).isEqualTo("platform_admin_required");
		}
	}

	@Test
	void healthAndApiDescriptionOpenWithoutToken() {
		await().untilAsserted(() -> assertThat(TestHttp.at(this.port).get("/actuator/health/readiness").status())
			.isEqualTo(200));
		TestHttp.Response docs = TestHttp.at(this.port).get("/v3/api-docs/audit");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().get("paths").has("/api/audit/records")).isTrue();
	}

	private TestHttp admin() {
		return TestHttp.at(this.port).as(ADMIN);
	}

	private ConsistencyToken publish(Instant time, PublishedEvent event, Map<String, String> context) {
		return publish(id(), time, event, context);
	}

	private ConsistencyToken publish(String eventId, Instant time, PublishedEvent event, Map<String, String> context) {
		RecordMetadata metadata = this.publisher.publish(eventId, time, event, context);
		return ConsistencyToken
			.of(Map.of(new ConsistencyToken.Partition(metadata.topic(), metadata.partition()), metadata.offset()));
	}

	private long countRecords(String condition) {
		return this.jdbc.sql("select count(*) from audit_record where " + condition).query(Long.class).single();
	}

	private static TenantCreated tenantCreated(String tenantId) {
		return new TenantCreated(tenantId, "Acme", "acme-" + tenantId.substring(0, 8), "active", "admin-7", T0);
	}

	private static List<String> actions(JsonNode page) {
		return page.get("items").findValuesAsString("action");
	}

	private static String id() {
		return UUID.randomUUID().toString();
	}

}

package io.castellan.authz;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.castellan.authz.bootstrap.TenantBootstrap;
import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.events.EventPublisher;
import io.castellan.platform.test.CastellanIntegrationTest;
import io.castellan.platform.test.TestEvents;
import io.castellan.platform.test.TestHttp;
import io.castellan.platform.test.TestTokens;
import io.castellan.schemas.identity.PrincipalRegistered;
import io.castellan.schemas.tenant.TenantCreated;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A new tenant gets its tenant-admin role, assigned to its creator, from the tenant.created event alone. */
@CastellanIntegrationTest
@TestPropertySource(properties = { "castellan.bootstrap.enabled=true",
		"castellan.bootstrap.group=authz-bootstrap-test-${random.uuid}" })
class TenantBootstrapIntegrationTests {

	private static final String ADMIN = TestTokens.bearer("admin", Map.of("scope", "platform.admin"));

	@LocalServerPort
	int port;

	@Autowired
	EventPublisher publisher;

	@Autowired
	TenantBootstrap bootstrap;

	@Autowired
	JdbcClient jdbc;

	@Test
	void tenantCreatedWhenConsumedThenCreatorHoldsTenantAdminThereAndNowhereElse() {
		String tenantId = UUID.randomUUID().toString();
		String creator = UUID.randomUUID().toString();
		ConsistencyToken token = TestEvents.publish(this.publisher,
				new PrincipalRegistered(creator, "platform", "human", "founder", null, "active", Instant.now()))
			.merge(TestEvents.publish(this.publisher, new TenantCreated(tenantId, "T", "t" + tenantId.substring(0, 8),
					"active", creator, Instant.now())));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			JsonNode decision = check(creator, "role.manage", tenantId, token);
			assertThat(decision.get("allowed").asBoolean()).as(decision.toString()).isTrue();
			assertThat(decision.get("match").get("roleName").asString()).isEqualTo(TenantBootstrap.ROLE_NAME);
		});
		assertThat(check(creator, "manage", tenantId, token).get("allowed").asBoolean()).isTrue();
		String elsewhere = UUID.randomUUID().toString();
		ConsistencyToken both = token.merge(TestEvents.publish(this.publisher, new TenantCreated(elsewhere, "E",
				"e" + elsewhere.substring(0, 8), "active", "someone-else", Instant.now())));
		assertThat(check(creator, "read", elsewhere, both).get("allowed").asBoolean()).isFalse();
	}

	@Test
	void bootstrapWhenRunAgainForTheSameTenantThenNothingNewIsStored() {
		String tenantId = UUID.randomUUID().toString();
		this.bootstrap.bootstrap(tenantId, "founder");
		long stored = eventsOf(tenantId);
		assertThat(stored).isEqualTo(2);

		this.bootstrap.bootstrap(tenantId, "founder");
		this.bootstrap.bootstrap(tenantId, null);

		assertThat(eventsOf(tenantId)).isEqualTo(stored);
		assertThat(this.jdbc.sql("select count(*) from role_summary_v1 where tenant_id = :tenant and name = :name")
			.param("tenant", tenantId)
			.param("name", TenantBootstrap.ROLE_NAME)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private JsonNode check(String principalId, String action, String tenantId, ConsistencyToken token) {
		return TestHttp.at(this.port)
			.as(ADMIN)
			.post("/api/authz/check", Map.of("principalId", principalId, "action", action, "object",
					Map.of("tenantId", tenantId), "consistencyToken", token.encode()))
			.json();
	}

	/** The role and assignment events stored for the tenant. */
	private long eventsOf(String tenantId) {
		return this.jdbc.sql("""
				select count(*) from domain_event_entry
				where convert_from(payload, 'UTF8') like :tenant""")
			.param("tenant", "%\"tenantId\":\"" + tenantId + "\"%")
			.query(Long.class)
			.single();
	}

}

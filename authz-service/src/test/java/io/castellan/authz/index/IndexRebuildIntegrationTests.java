package io.castellan.authz.index;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.consistency.ConsumedPositions;
import io.castellan.platform.events.EventPublisher;
import io.castellan.platform.test.CastellanIntegrationTest;
import io.castellan.platform.test.TestEvents;
import io.castellan.platform.test.TestHttp;
import io.castellan.platform.test.TestKafka;
import io.castellan.platform.test.TestTokens;
import io.castellan.schemas.identity.PrincipalRegistered;
import io.castellan.schemas.tenant.TenantCreated;
import io.castellan.schemas.tenant.TenantStatusChanged;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The index is only ever derived from the topics: a rebuild from the beginning and a resume from the newest
 * snapshot both reach exactly the state of the running index.
 */
@CastellanIntegrationTest
@TestPropertySource(properties = "castellan.index.snapshot.every-events=1")
class IndexRebuildIntegrationTests {

	private static final String ADMIN = TestTokens.bearer("admin", Map.of("scope", "platform.admin"));

	@LocalServerPort
	int port;

	@Autowired
	EventPublisher publisher;

	@Autowired
	PermissionIndex live;

	@Autowired
	IndexSnapshots snapshots;

	@Autowired
	JsonMapper json;

	@Value("${castellan.index.topics}")
	List<String> topics;

	private String fleet;

	private String north;

	@Test
	void rebuildFromTopicsAndResumeFromSnapshotWhenCaughtUpThenSameStateAsTheLiveIndex() {
		writeAModel();
		await("snapshot caught up").atMost(Duration.ofSeconds(30))
			.until(() -> this.snapshots.latest().map((snapshot) -> snapshot.state().equals(this.live.export()))
				.orElse(false));
		assertThat(this.snapshots.latest().orElseThrow().positions()).isNotEmpty();

		PermissionIndex rebuilt = new PermissionIndex();
		IndexConsumer fromTheBeginning = consumer(rebuilt, null);
		PermissionIndex resumed = new PermissionIndex();
		IndexConsumer fromTheSnapshot = consumer(resumed, this.snapshots);
		try {
			fromTheBeginning.start();
			fromTheSnapshot.start();
			await("rebuild").atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(rebuilt.export()).isEqualTo(this.live.export()));
			await("resume").atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(resumed.export()).isEqualTo(this.live.export()));
			// The resume started where the snapshot ended: nothing before it was read again.
			assertThat(fromTheSnapshot.applied()).isZero();
			assertThat(fromTheBeginning.applied()).isGreaterThan(5);
		}
		finally {
			fromTheBeginning.stop();
			fromTheSnapshot.stop();
		}
		assertThat(this.live.export().groupGrants()).isNotEmpty();
		assertThat(this.live.export().groups()).isNotEmpty();
		assertThat(this.live.export().objects().objects()).isNotEmpty();
		assertThat(this.live.export().objects().ancestry()).containsEntry(this.north, List.of(this.north, this.fleet));
	}

	/**
	 * Tenants, principals, a group with a member, a role assigned to it, a policy, a frozen tenant, and nested object
	 * groups with an object.
	 */
	private void writeAModel() {
		String tenant = UUID.randomUUID().toString();
		String alice = UUID.randomUUID().toString();
		String frozen = UUID.randomUUID().toString();
		ConsistencyToken token = TestEvents.publish(this.publisher, new TenantCreated(tenant, "T",
				"t" + tenant.substring(0, 8), "active", "admin", Instant.now()))
			.merge(TestEvents.publish(this.publisher,
					new PrincipalRegistered(alice, tenant, "human", "alice", null, "active", Instant.now())))
			.merge(TestEvents.publish(this.publisher, new TenantCreated(frozen, "F", "f" + frozen.substring(0, 8),
					"active", "admin", Instant.now())))
			.merge(TestEvents.publish(this.publisher,
					new TenantStatusChanged(frozen, "frozen", "frozen", "active", "admin", Instant.now())));
		TestHttp admin = TestHttp.at(this.port).as(ADMIN).header(ConsistencyToken.HEADER, token.encode());
		String group = admin.post("/api/authz/principal-groups", Map.of("tenantId", tenant, "name", "ops"))
			.json().get("id").asString();
		assertThat(admin.post("/api/authz/principal-groups/" + group + "/members", Map.of("principalId", alice))
			.status()).isEqualTo(201);
		String role = admin.post("/api/authz/roles", Map.of("tenantId", tenant, "name", "reader", "blocks",
				List.of(Map.of("effect", "allow", "actions", List.of("read"), "scope", Map.of("mode", "tenant")))))
			.json().get("id").asString();
		assertThat(admin.post("/api/authz/role-assignments", Map.of("tenantId", tenant, "roleId", role, "groupId", group))
			.status()).isEqualTo(201);
		assertThat(admin.post("/api/authz/policies", Map.of("tenantId", tenant, "principalId", alice, "block",
				Map.of("effect", "deny", "actions", List.of("read"), "scope",
						Map.of("mode", "object", "objectType", "entity:device", "objectId", "d1"))))
			.status()).isEqualTo(201);
		this.fleet = admin.post("/api/authz/object-groups", Map.of("tenantId", tenant, "name", "fleet"))
			.json().get("id").asString();
		this.north = admin.post("/api/authz/object-groups", Map.of("tenantId", tenant, "name", "north",
				"parentGroupId", this.fleet)).json().get("id").asString();
		assertThat(admin.post("/api/authz/objects", Map.of("tenantId", tenant, "type", "entity:device", "groupId",
				this.north, "attributes", Map.of("site", "north", "level", 2, "tags", List.of("a")))).status())
			.isEqualTo(201);
	}

	private IndexConsumer consumer(PermissionIndex index, IndexSnapshots store) {
		return new IndexConsumer(index, new ConsumedPositions(new HashSet<>(this.topics)), this.json, this.topics,
				TestKafka.bootstrapServers(), new SimpleMeterRegistry(), store,
				new SnapshotPolicy(Long.MAX_VALUE, Duration.ofDays(1)));
	}

}

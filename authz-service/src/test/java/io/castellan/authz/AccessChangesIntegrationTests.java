package io.castellan.authz;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.events.CloudEventHeaders;
import io.castellan.platform.events.EventPublisher;
import io.castellan.platform.test.CastellanIntegrationTest;
import io.castellan.platform.test.TestEvents;
import io.castellan.platform.test.TestHttp;
import io.castellan.platform.test.TestKafka;
import io.castellan.platform.test.TestTokens;
import io.castellan.schemas.EventTypes;
import io.castellan.schemas.authz.AccessChanged;
import io.castellan.schemas.authz.PrincipalGroupMemberAdded;
import io.castellan.schemas.authz.RoleAssignedToGroup;
import io.castellan.schemas.identity.PrincipalRegistered;
import io.castellan.schemas.tenant.TenantCreated;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Product teams learn from the authz topic which principals gained or lost which access, and why. */
@CastellanIntegrationTest
@TestPropertySource(properties = { "castellan.access-changes.enabled=true",
		"castellan.access-changes.group=authz-access-changes-test-${random.uuid}" })
class AccessChangesIntegrationTests {

	private static final String ADMIN = TestTokens.bearer("admin", Map.of("scope", "platform.admin"));

	@LocalServerPort
	int port;

	@Autowired
	EventPublisher publisher;

	@Autowired
	JsonMapper json;

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	@Test
	void roleAssignedToParentGroupAndMemberJoiningThenAccessChangedNamesWhoAndWhat() {
		// A new group starts at the end of the topic: this test's grants must come after its partitions are assigned
		// (the first ones that change access come several requests later).
		await().atMost(Duration.ofSeconds(30)).until(() -> !this.listeners.getListenerContainer("authz-access-changes")
			.getAssignedPartitions()
			.isEmpty());
		String tenantId = UUID.randomUUID().toString();
		String early = "early-" + UUID.randomUUID();
		String late = "late-" + UUID.randomUUID();
		ConsistencyToken token = TestEvents.publish(this.publisher, new TenantCreated(tenantId, "T",
				"t" + tenantId.substring(0, 8), "active", "admin", Instant.now()));
		for (String principal : List.of(early, late)) {
			token = token.merge(TestEvents.publish(this.publisher,
					new PrincipalRegistered(principal, tenantId, "human", principal, null, "active", Instant.now())));
		}
		TestHttp admin = TestHttp.at(this.port).as(ADMIN);
		String parent = id(admin.header(ConsistencyToken.HEADER, token.encode())
			.post("/api/authz/principal-groups", Map.of("tenantId", tenantId, "name", "ops")));
		String child = id(admin.post("/api/authz/principal-groups",
				Map.of("tenantId", tenantId, "name", "night", "parentGroupId", parent)));
		assertThat(admin.header(ConsistencyToken.HEADER, token.encode())
			.post("/api/authz/principal-groups/" + child + "/members", Map.of("principalId", early))
			.status()).isEqualTo(201);
		String roleId = id(admin.post("/api/authz/roles", Map.of("tenantId", tenantId, "name", "ops", "blocks",
				List.of(Map.of("effect", "allow", "actions", List.of("read"), "scope", Map.of("mode", "tenant")),
						Map.of("effect", "deny", "actions", List.of("delete"), "scope",
								Map.of("mode", "object_type", "objectType", "entity:meter"))))));
		assertThat(admin.post("/api/authz/role-assignments", Map.of("tenantId", tenantId, "roleId", roleId, "groupId",
				parent)).status()).isEqualTo(201);
		assertThat(admin.header(ConsistencyToken.HEADER, token.encode())
			.post("/api/authz/principal-groups/" + child + "/members", Map.of("principalId", late))
			.status()).isEqualTo(201);

		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			List<AccessChanged> changes = changesOf(tenantId);
			assertThat(changes).extracting(AccessChanged::causeType)
				.containsExactly(RoleAssignedToGroup.TYPE, PrincipalGroupMemberAdded.TYPE);
			assertThat(changes.get(0).principalIds()).containsExactly(early);
			assertThat(changes.get(1).principalIds()).containsExactly(late);
			for (AccessChanged change : changes) {
				assertThat(change.gained()).singleElement().satisfies((access) -> {
					assertThat(access.action()).isEqualTo("read");
					assertThat(access.scope().mode()).isEqualTo("tenant");
				});
				assertThat(change.lost()).singleElement()
					.satisfies((access) -> assertThat(access.scope().objectType()).isEqualTo("entity:meter"));
			}
		});
	}

	private List<AccessChanged> changesOf(String tenantId) {
		return TestKafka.records(EventTypes.AUTHZ_TOPIC)
			.stream()
			.filter((record) -> tenantId.equals(record.key())
					&& AccessChanged.TYPE.equals(TestKafka.header(record, CloudEventHeaders.TYPE)))
			.map(this::read)
			.toList();
	}

	private AccessChanged read(ConsumerRecord<String, byte[]> record) {
		return this.json.readValue(record.value(), AccessChanged.class);
	}

	private static String id(TestHttp.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json().get("id").asString();
	}

}

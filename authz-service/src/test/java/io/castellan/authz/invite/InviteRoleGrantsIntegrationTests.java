package io.castellan.authz.invite;

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
import io.castellan.schemas.PublishedEvent;
import io.castellan.schemas.authz.RoleAssigned;
import io.castellan.schemas.identity.InviteAccepted;
import io.castellan.schemas.identity.PrincipalRegistered;
import io.castellan.schemas.tenant.TenantCreated;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An accepted invitation, published as identity-service does, gives the invitee its roles in the index. */
@CastellanIntegrationTest
class InviteRoleGrantsIntegrationTests {

	private static final String ADMIN = TestTokens.bearer("admin", Map.of("scope", "platform.admin"));

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	EventPublisher publisher;

	/**
	 * A consumer group of this context's own: other test contexts in the JVM run the same listener, and sharing a
	 * group would split the partitions between contexts with different databases.
	 */
	@DynamicPropertySource
	static void ownGroup(DynamicPropertyRegistry registry) {
		registry.add("castellan.invite-roles.group", () -> "invite-roles-" + UUID.randomUUID());
	}

	@Test
	void inviteAcceptedThenEachRoleOfTheTenantAssignedOnceEvenWhenRedelivered() {
		String tenantId = tenant();
		String otherTenant = tenant();
		String reader = role(tenantId, "reader", "read");
		String writer = role(tenantId, "writer", "write");
		String foreign = role(otherTenant, "deleter", "delete");
		String principalId = UUID.randomUUID().toString();
		String inviteId = UUID.randomUUID().toString();
		String eventId = UUID.randomUUID().toString();
		// As identity-service publishes them: the registration first, the acceptance after it, same key.
		publish(UUID.randomUUID().toString(),
				new PrincipalRegistered(principalId, tenantId, "human", "ivy", "ivy@example.com", "active", Instant.now()));
		InviteAccepted accepted = new InviteAccepted(inviteId, tenantId, principalId, "ivy@example.com",
				List.of(reader, writer, foreign, "no-such-role"), Instant.now());

		publish(eventId, accepted);

		await().untilAsserted(() -> {
			assertThat(allowed(principalId, "read", tenantId)).isTrue();
			assertThat(allowed(principalId, "write", tenantId)).isTrue();
		});
		assertThat(allowed(principalId, "delete", otherTenant)).as("another tenant's role is not granted").isFalse();
		assertThat(assignmentsOf(principalId)).extracting((assigned) -> assigned.get("roleId").asString())
			.containsExactlyInAnyOrder(reader, writer);

		publish(eventId, accepted);
		publish(UUID.randomUUID().toString(), accepted);

		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(assignmentsOf(principalId)).hasSize(2));
		assertThat(assignmentsOf(principalId)).extracting((assigned) -> assigned.get("assignmentId").asString())
			.containsExactlyInAnyOrder(InviteRoleGrants.assignmentId(inviteId, reader),
					InviteRoleGrants.assignmentId(inviteId, writer));
	}

	@Test
	void inviteAcceptedWhenOtherIdentityEventsAroundThenTheyAreIgnored() {
		String tenantId = tenant();
		String reader = role(tenantId, "reader", "read");
		String principalId = UUID.randomUUID().toString();
		publish(UUID.randomUUID().toString(),
				new PrincipalRegistered(principalId, tenantId, "human", "jon", null, "active", Instant.now()));

		publish(UUID.randomUUID().toString(), new InviteAccepted(UUID.randomUUID().toString(), tenantId, principalId,
				"jon@example.com", List.of(reader), Instant.now()));

		await().untilAsserted(() -> assertThat(allowed(principalId, "read", tenantId)).isTrue());
	}

	private List<JsonNode> assignmentsOf(String principalId) {
		return TestKafka.records(EventTypes.AUTHZ_TOPIC)
			.stream()
			.filter((record) -> RoleAssigned.TYPE.equals(TestKafka.header(record, CloudEventHeaders.TYPE)))
			.map((record) -> this.json.readTree(record.value()))
			.filter((data) -> principalId.equals(data.get("principalId").asString()))
			.toList();
	}

	private boolean allowed(String principalId, String action, String tenantId) {
		TestHttp.Response decision = admin().post("/api/authz/check", Map.of("principalId", principalId, "action",
				action, "object", Map.of("tenantId", tenantId, "type", "entity:device", "id", "d1")));
		assertThat(decision.status()).as(decision.toString()).isEqualTo(200);
		return decision.json().get("allowed").asBoolean();
	}

	private String role(String tenantId, String name, String action) {
		TestHttp.Response response = admin().post("/api/authz/roles", Map.of("tenantId", tenantId, "name", name,
				"blocks", List.of(Map.of("effect", "allow", "actions", List.of(action), "scope", Map.of("mode", "tenant")))));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	private String tenant() {
		String tenantId = UUID.randomUUID().toString();
		ConsistencyToken token = TestEvents.publish(this.publisher,
				new TenantCreated(tenantId, "T", "t-" + tenantId.substring(0, 8), "active", "admin", Instant.now()));
		assertThat(token.isEmpty()).isFalse();
		return tenantId;
	}

	private void publish(String eventId, PublishedEvent event) {
		this.publisher.publish(eventId, Instant.now(), event, Map.of());
	}

	private TestHttp admin() {
		return TestHttp.at(this.port).as(ADMIN);
	}

}

package io.castellan.authz;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.events.EventPublisher;
import io.castellan.platform.test.CastellanIntegrationTest;
import io.castellan.platform.test.TestEvents;
import io.castellan.platform.test.TestHttp;
import io.castellan.platform.test.TestTokens;
import io.castellan.schemas.EventTypes;
import io.castellan.schemas.PublishedEvent;
import io.castellan.schemas.identity.PrincipalRegistered;
import io.castellan.schemas.tenant.TenantCreated;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Roles, assignments and checks against the real service; tenants and principals arrive as the events
 * tenant-service and identity-service publish.
 */
@CastellanIntegrationTest
@TestPropertySource(properties = "castellan.consistency.read-timeout=2s")
class AuthzFlowIntegrationTests {

	private static final String ADMIN = TestTokens.bearer("admin", Map.of("scope", "platform.admin"));

	@LocalServerPort
	int port;

	@Autowired
	EventPublisher publisher;

	private TestHttp admin() {
		return TestHttp.at(this.port).as(ADMIN);
	}

	@Test
	void checkWhenGivenAssignmentTokenThenReflectsTheAssignmentAtOnce() {
		World world = world();
		String roleId = createRole(world.tenantId, "reader", "read").json().get("id").asString();

		TestHttp.Response assigned = admin().header(ConsistencyToken.HEADER, world.token)
			.post("/api/authz/role-assignments",
					Map.of("tenantId", world.tenantId, "roleId", roleId, "principalId", world.principalId));
		assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
		String token = assigned.header(ConsistencyToken.HEADER);
		assertThat(ConsistencyToken.parse(token).offsets().keySet())
			.allMatch((partition) -> partition.topic().equals(EventTypes.AUTHZ_TOPIC));

		JsonNode decision = check(world.principalId, "read", world.tenantId, token).json();
		assertThat(decision.get("allowed").asBoolean()).isTrue();
		assertThat(decision.get("reason").asString()).isEqualTo("allowed");
		assertThat(decision.get("match").get("roleId").asString()).isEqualTo(roleId);
		assertThat(check(world.principalId, "delete", world.tenantId, token).json().get("reason").asString())
			.isEqualTo("no_matching_grant");
	}

	@Test
	void bulkAndExplainWhenGivenTokenThenAnswerInOrderAndSayWhy() {
		World world = world();
		String roleId = createRole(world.tenantId, "reader", "read").json().get("id").asString();
		String token = admin().header(ConsistencyToken.HEADER, world.token)
			.post("/api/authz/role-assignments",
					Map.of("tenantId", world.tenantId, "roleId", roleId, "principalId", world.principalId))
			.header(ConsistencyToken.HEADER);
		List<Map<String, Object>> items = new java.util.ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			items.add(Map.of("principalId", world.principalId, "action", (i % 2 == 0) ? "read" : "delete", "object",
					Map.of("tenantId", world.tenantId, "type", "entity:device", "id", "d" + i)));
		}

		TestHttp.Response bulk = admin().post("/api/authz/check/bulk", Map.of("items", items, "consistencyToken", token));

		assertThat(bulk.status()).as(bulk.toString()).isEqualTo(200);
		JsonNode results = bulk.json().get("results");
		assertThat(results).hasSize(1000);
		for (int i = 0; i < 1000; i++) {
			assertThat(results.get(i).get("allowed").asBoolean()).isEqualTo(i % 2 == 0);
		}
		JsonNode explained = admin().post("/api/authz/explain", Map.of("principalId", world.principalId, "action",
				"delete", "object", Map.of("tenantId", world.tenantId), "consistencyToken", token)).json();
		assertThat(explained.get("decision").get("reason").asString()).isEqualTo("no_matching_grant");
		assertThat(explained.get("candidates").get(0).get("outcome").asString()).isEqualTo("skipped_action");
		List<Map<String, Object>> tooMany = new java.util.ArrayList<>(items);
		tooMany.add(items.get(0));
		assertThat(admin().post("/api/authz/check/bulk", Map.of("items", tooMany)).json().get("code").asString())
			.isEqualTo("validation_failed");
	}

	@Test
	void checkWhenPrincipalOfAnotherTenantThenDenied() {
		World acme = world();
		World globex = world();
		String roleId = createRole(acme.tenantId, "reader", "read").json().get("id").asString();
		String token = admin().header(ConsistencyToken.HEADER, acme.token)
			.post("/api/authz/role-assignments",
					Map.of("tenantId", acme.tenantId, "roleId", roleId, "principalId", acme.principalId))
			.header(ConsistencyToken.HEADER);

		String both = ConsistencyToken.parse(token).merge(ConsistencyToken.parse(globex.token)).encode();
		assertThat(check(globex.principalId, "read", acme.tenantId, both).json().get("allowed").asBoolean()).isFalse();
		assertThat(check(acme.principalId, "read", globex.tenantId, both).json().get("allowed").asBoolean()).isFalse();
	}

	@Test
	void assignWhenRoleOrPrincipalInAnotherTenantThenUnprocessable() {
		World acme = world();
		World globex = world();
		String roleId = createRole(acme.tenantId, "reader", "read").json().get("id").asString();
		String both = ConsistencyToken.parse(acme.token).merge(ConsistencyToken.parse(globex.token)).encode();

		TestHttp.Response wrongTenant = admin().header(ConsistencyToken.HEADER, both)
			.post("/api/authz/role-assignments",
					Map.of("tenantId", globex.tenantId, "roleId", roleId, "principalId", globex.principalId));
		assertThat(wrongTenant.status()).isEqualTo(422);
		assertThat(wrongTenant.json().get("code").asString()).isEqualTo("role_tenant_mismatch");

		TestHttp.Response foreignPrincipal = admin().header(ConsistencyToken.HEADER, both)
			.post("/api/authz/role-assignments",
					Map.of("tenantId", acme.tenantId, "roleId", roleId, "principalId", globex.principalId));
		assertThat(foreignPrincipal.status()).isEqualTo(422);
		assertThat(foreignPrincipal.json().get("code").asString()).isEqualTo("principal_tenant_mismatch");
	}

	@Test
	void assignWhenSameRoleTwiceThenConflict() {
		World world = world();
		String roleId = createRole(world.tenantId, "writer", "write").json().get("id").asString();
		Map<String, String> body = Map.of("tenantId", world.tenantId, "roleId", roleId, "principalId",
				world.principalId);
		assertThat(admin().header(ConsistencyToken.HEADER, world.token).post("/api/authz/role-assignments", body)
			.status()).isEqualTo(201);
		TestHttp.Response again = admin().post("/api/authz/role-assignments", body);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("code").asString()).isEqualTo("role_already_assigned");
	}

	@Test
	void createRoleWhenBadInputThenProblem() {
		Map<String, Object> unknownAction = Map.of("tenantId", "t", "name", "x", "blocks",
				List.of(Map.of("effect", "allow", "actions", List.of("fly"), "scope", Map.of("mode", "tenant"))));
		assertThat(admin().post("/api/authz/roles", unknownAction).json().get("code").asString())
			.isEqualTo("action_unknown");
		assertThat(admin().post("/api/authz/roles", "{\"tenantId\":").json().get("code").asString())
			.isEqualTo("malformed_request");
		assertThat(admin().post("/api/authz/roles", Map.of("tenantId", "t", "name", "x", "blocks", List.of()))
			.json()
			.get("code")
			.asString()).isEqualTo("validation_failed");
	}

	@Test
	void checkWhenTokenNamesWritesNotYetVisibleThenServiceUnavailableAfterBoundedWait() {
		String future = ConsistencyToken
			.of(Map.of(new ConsistencyToken.Partition(EventTypes.AUTHZ_TOPIC, 0), 1_000_000L))
			.encode();
		TestHttp.Response response = check("p", "read", "t", future);
		assertThat(response.status()).isEqualTo(503);
		assertThat(response.header("Retry-After")).isNotNull();
		assertThat(response.json().get("code").asString()).isEqualTo("consistency_timeout");
	}

	@Test
	void checkWhenCallerAsksAboutSomeoneElseWithoutRightsThenForbidden() {
		TestHttp.Response response = TestHttp.at(this.port)
			.as(TestTokens.bearer("mallory"))
			.post("/api/authz/check", Map.of("principalId", "alice", "action", "read", "object", Map.of("tenantId", "t")));
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.json().get("code").asString()).isEqualTo("check_not_permitted");
	}

	@Test
	void checkAboutOthersWhenCallerHasAuthzCheckInTheTenantThenAnsweredElsewhereForbidden() {
		World world = world();
		World other = world();
		String auditor = UUID.randomUUID().toString();
		String token = ConsistencyToken.parse(world.token)
			.merge(ConsistencyToken.parse(other.token))
			.merge(publish(new PrincipalRegistered(auditor, world.tenantId, "service", "auditor", null, "active",
					Instant.now())))
			.encode();
		String roleId = createRole(world.tenantId, "checker", "authz.check").json().get("id").asString();
		String granted = admin().header(ConsistencyToken.HEADER, token)
			.post("/api/authz/role-assignments",
					Map.of("tenantId", world.tenantId, "roleId", roleId, "principalId", auditor))
			.header(ConsistencyToken.HEADER);
		TestHttp asAuditor = TestHttp.at(this.port).as(TestTokens.bearer(auditor));
		String all = ConsistencyToken.parse(token).merge(ConsistencyToken.parse(granted)).encode();

		TestHttp.Response inItsTenant = asAuditor.post("/api/authz/check", Map.of("principalId", world.principalId,
				"action", "read", "object", Map.of("tenantId", world.tenantId), "consistencyToken", all));
		assertThat(inItsTenant.status()).as(inItsTenant.toString()).isEqualTo(200);
		assertThat(inItsTenant.json().get("allowed").asBoolean()).isFalse();

		TestHttp.Response elsewhere = asAuditor.post("/api/authz/check", Map.of("principalId", other.principalId,
				"action", "read", "object", Map.of("tenantId", other.tenantId), "consistencyToken", all));
		assertThat(elsewhere.status()).isEqualTo(403);
		assertThat(elsewhere.json().get("code").asString()).isEqualTo("check_not_permitted");
	}

	private TestHttp.Response createRole(String tenantId, String name, String action) {
		TestHttp.Response response = admin().post("/api/authz/roles", Map.of("tenantId", tenantId, "name", name,
				"blocks", List.of(Map.of("effect", "allow", "actions", List.of(action), "scope", Map.of("mode", "tenant")))));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response;
	}

	private TestHttp.Response check(String principalId, String action, String tenantId, String token) {
		return admin().post("/api/authz/check", Map.of("principalId", principalId, "action", action, "object",
				Map.of("tenantId", tenantId, "type", "entity:device", "id", "d1"), "consistencyToken", token));
	}

	/** A tenant and one of its principals, published as their services would, and the token of both. */
	private World world() {
		String tenantId = UUID.randomUUID().toString();
		String principalId = UUID.randomUUID().toString();
		ConsistencyToken token = publish(new TenantCreated(tenantId, "T", "t-" + tenantId.substring(0, 8), "active",
				"admin", Instant.now()))
			.merge(publish(new PrincipalRegistered(principalId, tenantId, "human", "p", null, "active", Instant.now())));
		return new World(tenantId, principalId, token.encode());
	}

	private ConsistencyToken publish(PublishedEvent event) {
		return TestEvents.publish(this.publisher, event);
	}

	private record World(String tenantId, String principalId, String token) {
	}

}

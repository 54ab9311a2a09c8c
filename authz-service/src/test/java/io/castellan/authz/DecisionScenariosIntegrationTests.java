package io.castellan.authz;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import io.castellan.authz.index.DecisionScenario;
import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.events.EventPublisher;
import io.castellan.platform.test.CastellanIntegrationTest;
import io.castellan.platform.test.TestEvents;
import io.castellan.platform.test.TestHttp;
import io.castellan.platform.test.TestTokens;
import io.castellan.schemas.PublishedEvent;
import io.castellan.schemas.authz.PermissionBlock;
import io.castellan.schemas.identity.PrincipalRegistered;
import io.castellan.schemas.tenant.TenantCreated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision scenarios of {@code DecisionScenariosTests}, run against the real service: tenants and principals
 * arrive as tenant-service and identity-service publish them, roles and assignments through the API, and every
 * check over REST with the consistency token of all those writes.
 */
@CastellanIntegrationTest
class DecisionScenariosIntegrationTests {

	private static final String ADMIN = TestTokens.bearer("admin", Map.of("scope", "platform.admin"));

	@LocalServerPort
	int port;

	@Autowired
	EventPublisher publisher;

	static Stream<Path> scenarios() throws IOException {
		return DecisionScenario.files();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("scenarios")
	void checksOverRestAnswerAsTheScenarioExpects(Path file) {
		DecisionScenario scenario = DecisionScenario.read(file);
		TestHttp admin = TestHttp.at(this.port).as(ADMIN);
		String run = UUID.randomUUID().toString().substring(0, 8) + "-";
		ConsistencyToken token = ConsistencyToken.empty();
		for (Map.Entry<String, String> tenant : scenario.tenants().entrySet()) {
			token = token.merge(publish(new TenantCreated(run + tenant.getKey(), tenant.getKey(),
					"t" + UUID.randomUUID().toString().substring(0, 8), tenant.getValue(), "test", Instant.now())));
		}
		for (Map.Entry<String, String> principal : scenario.principals().entrySet()) {
			token = token.merge(publish(new PrincipalRegistered(run + principal.getKey(), run + principal.getValue(),
					"human", principal.getKey(), null, "active", Instant.now())));
		}
		Map<String, String> groupIds = new HashMap<>();
		for (Map.Entry<String, DecisionScenario.Group> group : scenario.groups().entrySet().stream()
			.sorted(java.util.Comparator.comparing((Map.Entry<String, DecisionScenario.Group> entry) ->
					depth(scenario, entry.getKey())))
			.toList()) {
			Map<String, Object> body = new HashMap<>(Map.of("tenantId", tenant(run, group.getValue().tenant()), "name",
					group.getKey()));
			if (group.getValue().parent() != null) {
				body.put("parentGroupId", groupIds.get(group.getValue().parent()));
			}
			TestHttp.Response created = admin.post("/api/authz/principal-groups", body);
			assertThat(created.status()).as(created.toString()).isEqualTo(201);
			groupIds.put(group.getKey(), created.json().get("id").asString());
		}
		for (DecisionScenario.Member member : scenario.members()) {
			TestHttp.Response added = admin.header(ConsistencyToken.HEADER, token.encode())
				.post("/api/authz/principal-groups/" + groupIds.get(member.group()) + "/members",
						Map.of("principalId", run + member.principal()));
			assertThat(added.status()).as(added.toString()).isEqualTo(201);
			token = token.merge(ConsistencyToken.parse(added.header(ConsistencyToken.HEADER)));
		}
		Map<String, String> roleIds = new HashMap<>();
		for (Map.Entry<String, DecisionScenario.Role> role : scenario.roles().entrySet()) {
			TestHttp.Response created = admin.post("/api/authz/roles",
					Map.of("tenantId", tenant(run, role.getValue().tenant()), "name",
							((role.getValue().name() != null) ? role.getValue().name() : role.getKey()) + " " + run, "blocks",
							role.getValue().blocks().stream().map(DecisionScenariosIntegrationTests::block).toList()));
			assertThat(created.status()).as(created.toString()).isEqualTo(201);
			roleIds.put(role.getKey(), created.json().get("id").asString());
		}
		for (DecisionScenario.Assignment assignment : scenario.assignments()) {
			Map<String, Object> body = new HashMap<>(Map.of("tenantId",
					tenant(run, scenario.roles().get(assignment.role()).tenant()), "roleId", roleIds.get(assignment.role())));
			if (assignment.group() != null) {
				body.put("groupId", groupIds.get(assignment.group()));
			}
			else {
				body.put("principalId", run + assignment.principal());
			}
			TestHttp.Response assigned = admin.header(ConsistencyToken.HEADER, token.encode())
				.post("/api/authz/role-assignments", body);
			assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
			token = token.merge(ConsistencyToken.parse(assigned.header(ConsistencyToken.HEADER)));
		}
		for (DecisionScenario.Policy policy : scenario.policies()) {
			Map<String, Object> body = new HashMap<>(Map.of("tenantId", tenant(run, policy.tenant()), "block",
					block(policy.block())));
			if (policy.group() != null) {
				body.put("groupId", groupIds.get(policy.group()));
			}
			else {
				body.put("principalId", run + policy.principal());
			}
			TestHttp.Response attached = admin.header(ConsistencyToken.HEADER, token.encode())
				.post("/api/authz/policies", body);
			assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
			token = token.merge(ConsistencyToken.parse(attached.header(ConsistencyToken.HEADER)));
		}
		for (DecisionScenario.Check check : scenario.checks()) {
			Map<String, Object> object = new HashMap<>(Map.of("tenantId", tenant(run, check.object().tenant())));
			if (check.object().type() != null) {
				object.put("type", check.object().type());
			}
			if (check.object().id() != null) {
				object.put("id", check.object().id());
			}
			JsonNode decision = admin.post("/api/authz/check", Map.of("principalId", run + check.principal(),
					"action", check.action(), "object", object, "consistencyToken", token.encode())).json();
			assertThat(decision.get("allowed").asBoolean()).as("%s: %s", file.getFileName(), check)
				.isEqualTo(check.expect().equals("allowed"));
			if (check.reason() != null) {
				assertThat(decision.get("reason").asString()).as("%s: %s", file.getFileName(), check)
					.isEqualTo(check.reason());
			}
		}
	}

	/** Scenario tenants are made unique per run; the platform is the platform. */
	private static String tenant(String run, String name) {
		return "platform".equals(name) ? name : run + name;
	}

	private static int depth(DecisionScenario scenario, String group) {
		String parent = scenario.groups().get(group).parent();
		return (parent == null) ? 0 : 1 + depth(scenario, parent);
	}

	private static Map<String, Object> block(PermissionBlock block) {
		Map<String, Object> scope = new HashMap<>(Map.of("mode", block.scope().mode()));
		if (block.scope().objectType() != null) {
			scope.put("objectType", block.scope().objectType());
		}
		if (block.scope().objectId() != null) {
			scope.put("objectId", block.scope().objectId());
		}
		return Map.of("effect", block.effect(), "actions", List.copyOf(block.actions()), "scope", scope);
	}

	private ConsistencyToken publish(PublishedEvent event) {
		return TestEvents.publish(this.publisher, event);
	}

}

package io.castellan.authz.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

import io.castellan.schemas.authz.PermissionBlock;
import io.castellan.schemas.authz.PolicyAttached;
import io.castellan.schemas.authz.PrincipalGroupCreated;
import io.castellan.schemas.authz.PrincipalGroupMemberAdded;
import io.castellan.schemas.authz.RoleAssigned;
import io.castellan.schemas.authz.RoleAssignedToGroup;
import io.castellan.schemas.authz.RoleCreated;
import io.castellan.schemas.identity.PrincipalRegistered;
import io.castellan.schemas.tenant.TenantCreated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Authorization decisions as data (SpiceDB's testconfigs): each file under {@code scenarios/} holds a model, its
 * grants and the expected answers; the index is fed the published events they stand for.
 */
class DecisionScenariosTests {

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	static Stream<Path> scenarios() throws IOException {
		return DecisionScenario.files();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("scenarios")
	void checksAnswerAsTheScenarioExpects(Path file) throws IOException {
		DecisionScenario scenario = DecisionScenario.read(file);
		PermissionIndex index = new PermissionIndex();
		scenario.tenants().forEach((id, status) -> index.apply(new TenantCreated(id, id, id, status, "test", NOW)));
		scenario.principals()
			.forEach((id, tenant) -> index.apply(new PrincipalRegistered(id, tenant, "human", id, null, "active", NOW)));
		scenario.groups()
			.forEach((id, group) -> index.apply(new PrincipalGroupCreated(id, group.tenant(), id, group.parent())));
		scenario.members()
			.forEach((member) -> index.apply(new PrincipalGroupMemberAdded(member.group(),
					scenario.groups().get(member.group()).tenant(), member.principal())));
		scenario.roles()
			.forEach((id, role) -> index.apply(new RoleCreated(id, role.tenant(),
					(role.name() != null) ? role.name() : id, role.blocks())));
		for (DecisionScenario.Assignment assignment : scenario.assignments()) {
			String tenant = scenario.roles().get(assignment.role()).tenant();
			if (assignment.group() != null) {
				index.apply(new RoleAssignedToGroup(assignment.group() + "/" + assignment.role(), assignment.role(),
						tenant, assignment.group()));
			}
			else {
				index.apply(new RoleAssigned(assignment.principal() + "/" + assignment.role(), assignment.role(),
						tenant, assignment.principal()));
			}
		}
		int policy = 0;
		for (DecisionScenario.Policy attached : scenario.policies()) {
			index.apply(new PolicyAttached("policy-" + policy++, attached.tenant(), attached.principal(),
					attached.group(), attached.block()));
		}
		assertThat(scenario.checks()).isNotEmpty();
		for (DecisionScenario.Check check : scenario.checks()) {
			Decision decision = index.check(check.principal(), check.action(),
					new ObjectRef(check.object().tenant(), check.object().type(), check.object().id()));
			assertThat(decision.allowed()).as("%s: %s", file.getFileName(), check)
				.isEqualTo(check.expect().equals("allowed"));
			if (check.reason() != null) {
				assertThat(decision.reason()).as("%s: %s", file.getFileName(), check).isEqualTo(check.reason());
			}
		}
	}

}

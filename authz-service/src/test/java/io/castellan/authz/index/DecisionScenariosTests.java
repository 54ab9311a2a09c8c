package io.castellan.authz.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.castellan.platform.web.ProblemException;
import io.castellan.schemas.authz.ObjectGroupCreated;
import io.castellan.schemas.authz.ObjectRegistered;
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
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Authorization decisions as data (SpiceDB's testconfigs): each file under {@code scenarios/} holds a model, its
 * grants and the expected answers; the index is fed the published events they stand for, and writes the scenario
 * expects to be rejected go through the guardrails first, as the service does, and are not applied.
 */
class DecisionScenariosTests {

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	/** Small pages, so every listing crosses pages. */
	private static final int PAGE = 2;

	static Stream<Path> scenarios() throws IOException {
		return DecisionScenario.files();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("scenarios")
	void checksAnswerAsTheScenarioExpects(Path file) throws IOException {
		DecisionScenario scenario = DecisionScenario.read(file);
		PermissionIndex index = new PermissionIndex();
		Guardrails guardrails = new Guardrails(index);
		scenario.tenants().forEach((id, status) -> index.apply(new TenantCreated(id, id, id, status, "test", NOW)));
		scenario.principals()
			.forEach((id, principal) -> index.apply(new PrincipalRegistered(id, principal.tenant(), principal.kind(), id,
					null, "active", NOW, null, principal.attributes())));
		scenario.groups()
			.forEach((id, group) -> index.apply(new PrincipalGroupCreated(id, group.tenant(), id, group.parent())));
		for (DecisionScenario.Member member : scenario.members()) {
			if (!member.rejected()) {
				guardrails.checkMembership(member.group(), member.principal());
				index.apply(new PrincipalGroupMemberAdded(member.group(),
						scenario.groups().get(member.group()).tenant(), member.principal()));
			}
		}
		scenario.objectGroups()
			.keySet()
			.stream()
			.sorted(Comparator.comparing((String id) -> DecisionScenario.depth(scenario.objectGroups(), id)))
			.forEach((id) -> index.apply(new ObjectGroupCreated(id, scenario.objectGroups().get(id).tenant(), id,
					scenario.objectGroups().get(id).parent())));
		scenario.objects()
			.forEach((id, object) -> index.apply(new ObjectRegistered(id, object.tenant(), object.type(),
					(object.attributes() != null) ? object.attributes() : Map.of(), object.group())));
		scenario.roles()
			.forEach((id, role) -> index.apply(new RoleCreated(id, role.tenant(),
					(role.name() != null) ? role.name() : id, role.blocks())));
		for (DecisionScenario.Assignment assignment : scenario.assignments()) {
			String tenant = scenario.roles().get(assignment.role()).tenant();
			List<PermissionBlock> blocks = scenario.roles().get(assignment.role()).blocks();
			if (assignment.group() != null) {
				if (!rejected(file, assignment.expect(), assignment.code(),
						() -> guardrails.checkAssignmentToGroup(blocks, assignment.group()))) {
					index.apply(new RoleAssignedToGroup(assignment.group() + "/" + assignment.role(),
							assignment.role(), tenant, assignment.group()));
				}
			}
			else if (!rejected(file, assignment.expect(), assignment.code(),
					() -> guardrails.checkAssignmentToPrincipal(blocks, assignment.principal()))) {
				index.apply(new RoleAssigned(assignment.principal() + "/" + assignment.role(), assignment.role(), tenant,
						assignment.principal()));
			}
		}
		for (DecisionScenario.Member member : scenario.members()) {
			if (member.rejected()) {
				rejected(file, member.expect(), member.code(),
						() -> guardrails.checkMembership(member.group(), member.principal()));
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
					new ObjectRef(check.object().tenant(), check.object().type(), check.object().id()),
					(check.context() != null) ? check.context() : Map.of());
			// The check's short way and explain's full walk must agree, matched block included.
			assertThat(index.explain(check.principal(), check.action(),
					new ObjectRef(check.object().tenant(), check.object().type(), check.object().id()),
					(check.context() != null) ? check.context() : Map.of()).decision())
				.as("%s: explain of %s", file.getFileName(), check)
				.isEqualTo(decision);
			assertThat(decision.allowed()).as("%s: %s -> %s", file.getFileName(), check, decision)
				.isEqualTo(check.expect().equals("allowed"));
			if (check.reason() != null) {
				assertThat(decision.reason()).as("%s: %s", file.getFileName(), check).isEqualTo(check.reason());
			}
		}
		for (DecisionScenario.ObjectListing listing : scenario.lists()) {
			assertThat(allObjects(index, listing)).as("%s: %s", file.getFileName(), listing)
				.containsExactlyElementsOf(listing.expect());
		}
		for (DecisionScenario.SubjectListing listing : scenario.subjects()) {
			assertThat(allSubjects(index, listing)).as("%s: %s", file.getFileName(), listing)
				.containsExactlyElementsOf(listing.expect());
		}
	}

	/** Runs the guardrail when the scenario expects a rejection; then it must refuse with the expected code. */
	private static boolean rejected(Path file, String expect, String code, Runnable guardrail) {
		if (!"rejected".equals(expect)) {
			guardrail.run();
			return false;
		}
		assertThatExceptionOfType(ProblemException.class).as("%s: expected %s", file.getFileName(), code)
			.isThrownBy(guardrail::run)
			.satisfies((problem) -> assertThat(problem.code()).isEqualTo(code));
		return true;
	}

	private static List<String> allObjects(PermissionIndex index, DecisionScenario.ObjectListing listing) {
		List<String> all = new ArrayList<>();
		List<RegisteredObject> page;
		do {
			page = index.listObjects(listing.principal(), listing.action(), listing.tenant(), listing.type(),
					context(listing.context()), all.isEmpty() ? null : all.get(all.size() - 1), PAGE);
			page.forEach((object) -> all.add(object.id()));
		}
		while (page.size() == PAGE);
		return all;
	}

	private static List<String> allSubjects(PermissionIndex index, DecisionScenario.SubjectListing listing) {
		ObjectRef object = new ObjectRef(listing.object().tenant(), listing.object().type(), listing.object().id());
		List<String> all = new ArrayList<>();
		List<String> page;
		do {
			page = index.listSubjects(listing.action(), object, context(listing.context()),
					all.isEmpty() ? null : all.get(all.size() - 1), PAGE);
			all.addAll(page);
		}
		while (page.size() == PAGE);
		return all;
	}

	private static Map<String, Object> context(Map<String, Object> context) {
		return (context != null) ? context : Map.of();
	}

}

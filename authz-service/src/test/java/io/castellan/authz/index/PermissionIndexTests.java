package io.castellan.authz.index;

import java.time.Instant;
import java.util.List;

import io.castellan.schemas.authz.PermissionBlock;
import io.castellan.schemas.authz.RoleAssigned;
import io.castellan.schemas.authz.RoleCreated;
import io.castellan.schemas.identity.PrincipalRegistered;
import io.castellan.schemas.tenant.TenantCreated;
import io.castellan.schemas.tenant.TenantStatusChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PermissionIndexTests {

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	private final PermissionIndex index = new PermissionIndex();

	@BeforeEach
	void twoTenantsWithOnePrincipalEach() {
		this.index.apply(new TenantCreated("acme", "Acme", "acme", "active", "admin", NOW));
		this.index.apply(new TenantCreated("globex", "Globex", "globex", "active", "admin", NOW));
		this.index.apply(new PrincipalRegistered("alice", "acme", "human", "alice", null, "active", NOW));
		this.index.apply(new PrincipalRegistered("bob", "globex", "human", "bob", null, "active", NOW));
	}

	@Test
	void checkWhenTenantScopedAllowAssignedThenAllowedWithMatch() {
		grant("alice", role("reader", "acme", block("allow", "read", "tenant", null, null)));
		Decision decision = this.index.check("alice", "read", new ObjectRef("acme", "entity:device", "d1"));
		assertThat(decision.allowed()).isTrue();
		assertThat(decision.reason()).isEqualTo("allowed");
		assertThat(decision.match().roleName()).isEqualTo("reader");
	}

	@Test
	void checkWhenActionNotGrantedThenNoMatchingGrant() {
		grant("alice", role("reader", "acme", block("allow", "read", "tenant", null, null)));
		Decision decision = this.index.check("alice", "delete", new ObjectRef("acme", null, null));
		assertThat(decision.allowed()).isFalse();
		assertThat(decision.reason()).isEqualTo("no_matching_grant");
	}

	@Test
	void checkWhenObjectInAnotherTenantThenDenied() {
		grant("alice", role("reader", "acme", block("allow", "read", "tenant", null, null)));
		assertThat(this.index.check("alice", "read", new ObjectRef("globex", null, null)).reason())
			.isEqualTo("no_matching_grant");
	}

	@Test
	void checkWhenDenyAndAllowBothMatchThenDenyOverrides() {
		grant("alice", role("reader", "acme", block("allow", "read", "tenant", null, null)));
		grant("alice", role("no-meters", "acme", block("deny", "read", "object_type", "entity:meter", null)));
		assertThat(this.index.check("alice", "read", new ObjectRef("acme", "entity:meter", "m1")).reason())
			.isEqualTo("denied_by_block");
		assertThat(this.index.check("alice", "read", new ObjectRef("acme", "entity:device", "d1")).allowed())
			.isTrue();
	}

	@Test
	void checkWhenObjectScopedThenOnlyThatObject() {
		grant("alice", role("one", "acme", block("allow", "write", "object", "resource:channel", "c1")));
		assertThat(this.index.check("alice", "write", new ObjectRef("acme", "resource:channel", "c1")).allowed())
			.isTrue();
		assertThat(this.index.check("alice", "write", new ObjectRef("acme", "resource:channel", "c2")).allowed())
			.isFalse();
	}

	@Test
	void checkWhenKindScopedThenEveryTypeOfThatKind() {
		grant("alice", role("kind", "acme", block("allow", "read", "object_kind", "resource", null)));
		assertThat(this.index.check("alice", "read", new ObjectRef("acme", "resource:channel", "c1")).allowed())
			.isTrue();
		assertThat(this.index.check("alice", "read", new ObjectRef("acme", "entity:device", "d1")).allowed())
			.isFalse();
	}

	@Test
	void checkWhenTenantOrPrincipalUnknownThenDeniedWithReason() {
		assertThat(this.index.check("alice", "read", new ObjectRef("nope", null, null)).reason())
			.isEqualTo("tenant_unknown");
		assertThat(this.index.check("ghost", "read", new ObjectRef("acme", null, null)).reason())
			.isEqualTo("principal_unknown");
	}

	@Test
	void checkWhenTenantFrozenThenDeniedUntilUnfrozen() {
		grant("alice", role("reader", "acme", block("allow", "read", "tenant", null, null)));
		this.index.apply(new TenantStatusChanged("acme", "frozen", "frozen", "active", "admin", NOW));
		Decision frozen = this.index.check("alice", "read", new ObjectRef("acme", null, null));
		assertThat(frozen.reason()).isEqualTo("tenant_not_active");
		assertThat(frozen.detail()).contains("frozen");
		this.index.apply(new TenantStatusChanged("acme", "unfrozen", "active", "frozen", "admin", NOW));
		assertThat(this.index.check("alice", "read", new ObjectRef("acme", null, null)).allowed()).isTrue();
	}

	@Test
	void applyWhenSameAssignmentTwiceThenIdempotent() {
		RoleCreated role = role("reader", "acme", block("allow", "read", "tenant", null, null));
		grant("alice", role);
		grant("alice", role);
		assertThat(this.index.check("alice", "read", new ObjectRef("acme", null, null)).allowed()).isTrue();
	}

	@Test
	void explainWhenSeveralCandidatesThenEachWithItsOutcome() {
		grant("alice", role("elsewhere", "globex", block("allow", "read", "tenant", null, null)));
		grant("alice", role("writer", "acme", block("allow", "write", "tenant", null, null)));
		grant("alice", role("meters", "acme", block("allow", "read", "object_type", "entity:meter", null)));
		grant("alice", role("reader", "acme", block("allow", "read", "tenant", null, null)));

		Explanation explanation = this.index.explain("alice", "read", new ObjectRef("acme", "entity:device", "d1"));

		assertThat(explanation.decision()).isEqualTo(this.index.check("alice", "read",
				new ObjectRef("acme", "entity:device", "d1")));
		assertThat(explanation.decision().allowed()).isTrue();
		assertThat(explanation.candidates()).extracting(Explanation.Candidate::roleName, Explanation.Candidate::outcome)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("elsewhere", "skipped_other_tenant"),
					org.assertj.core.groups.Tuple.tuple("writer", "skipped_action"),
					org.assertj.core.groups.Tuple.tuple("meters", "skipped_scope"),
					org.assertj.core.groups.Tuple.tuple("reader", "allowed"));
	}

	@Test
	void checkWhenRoleArrivesAfterItsAssignmentThenItGrants() {
		// Assignments and roles travel on different partitions: either may come first.
		this.index.apply(new RoleAssigned("a-late", "role-late", "acme", "alice"));
		ObjectRef device = new ObjectRef("acme", "entity:device", "d1");
		assertThat(this.index.explain("alice", "read", device).candidates()).extracting(Explanation.Candidate::outcome)
			.containsExactly("skipped_role_unknown");

		this.index.apply(new RoleCreated("role-late", "acme", "late", List.of(block("allow", "read", "tenant", null,
				null))));

		assertThat(this.index.check("alice", "read", device).match().roleName()).isEqualTo("late");
	}

	@Test
	void checkWhenRoleCreatedAgainWithOtherBlocksThenOnlyTheNewBlocksDecide() {
		RoleCreated before = role("operator", "acme", block("allow", "read", "object_type", "entity:meter", null));
		grant("alice", before);
		ObjectRef meter = new ObjectRef("acme", "entity:meter", "m1");
		ObjectRef device = new ObjectRef("acme", "entity:device", "d1");
		assertThat(this.index.check("alice", "read", meter).allowed()).isTrue();

		this.index.apply(new RoleCreated(before.roleId(), "acme", "operator",
				List.of(block("allow", "read", "object", "entity:device", "d1"))));

		assertThat(this.index.check("alice", "read", meter).reason()).isEqualTo("no_matching_grant");
		assertThat(this.index.check("alice", "read", device).allowed()).isTrue();
	}

	@Test
	void checkWhenPolicyIdIsAUuidThenTheMatchNamesItExactly() {
		String policyId = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
		this.index.apply(new io.castellan.schemas.authz.PolicyAttached(policyId, "acme", "alice", null,
				block("allow", "read", "tenant", null, null)));

		Decision decision = this.index.check("alice", "read", new ObjectRef("acme", null, null));

		assertThat(decision.match().assignmentId()).isEqualTo(policyId);
		assertThat(decision.match().roleId()).isEqualTo(policyId);
		assertThat(decision.match().roleName()).isEqualTo("direct policy");
	}

	@Test
	void loadWhenSnapshotOfAnotherFormatThenRefused() {
		IndexState current = this.index.export();
		IndexState older = new IndexState(1, current.tenantStatus(), current.principals(), current.roles(),
				current.groups(), current.effectiveGroups(), current.principalGrants(), current.groupGrants(),
				current.objects(), current.apiKeys());

		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new PermissionIndex().load(older));
	}

	private RoleCreated role(String name, String tenantId, PermissionBlock block) {
		RoleCreated role = new RoleCreated("role-" + name, tenantId, name, List.of(block));
		this.index.apply(role);
		return role;
	}

	private void grant(String principalId, RoleCreated role) {
		this.index.apply(new RoleAssigned("a-" + role.roleId() + "-" + principalId, role.roleId(), role.tenantId(),
				principalId));
	}

	private static PermissionBlock block(String effect, String action, String mode, String type, String id) {
		return new PermissionBlock(effect, List.of(action), new PermissionBlock.Scope(mode, type, id));
	}

}

package io.castellan.authz.index;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.castellan.schemas.authz.ObjectGroupCreated;
import io.castellan.schemas.authz.ObjectGroupMoved;
import io.castellan.schemas.authz.ObjectGroupRemoved;
import io.castellan.schemas.authz.ObjectMoved;
import io.castellan.schemas.authz.ObjectRegistered;
import io.castellan.schemas.authz.ObjectRemoved;
import io.castellan.schemas.authz.ObjectUpdated;
import io.castellan.schemas.authz.PermissionBlock;
import io.castellan.schemas.authz.RoleAssigned;
import io.castellan.schemas.authz.RoleCreated;
import io.castellan.schemas.identity.PrincipalRegistered;
import io.castellan.schemas.tenant.TenantCreated;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Objects and object groups in the index: fleet > north > pole, with device d1 in fleet, d2 in north, d3 in pole,
 * and d4 in no group.
 */
class ObjectGroupScopesTests {

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	private final PermissionIndex index = new PermissionIndex();

	@BeforeEach
	void fleet() {
		this.index.apply(new TenantCreated("acme", "Acme", "acme", "active", "admin", NOW));
		this.index.apply(new TenantCreated("globex", "Globex", "globex", "active", "admin", NOW));
		this.index.apply(new PrincipalRegistered("alice", "acme", "human", "alice", null, "active", NOW));
		this.index.apply(new ObjectGroupCreated("fleet", "acme", "Fleet", null));
		this.index.apply(new ObjectGroupCreated("north", "acme", "North", "fleet"));
		this.index.apply(new ObjectGroupCreated("pole", "acme", "Pole", "north"));
		this.index.apply(new ObjectRegistered("d1", "acme", "entity:device", Map.of(), "fleet"));
		this.index.apply(new ObjectRegistered("d2", "acme", "entity:device", Map.of(), "north"));
		this.index.apply(new ObjectRegistered("d3", "acme", "entity:device", Map.of(), "pole"));
		this.index.apply(new ObjectRegistered("d4", "acme", "entity:device", Map.of(), null));
	}

	@Test
	void groupDirectObjectsWhenCheckedThenOnlyObjectsDirectlyInTheGroup() {
		grant("group_direct_objects", "fleet");
		assertThat(allowed("d1", "d2", "d3", "d4", "fleet", "north")).containsExactly(true, false, false, false, false,
				false);
	}

	@Test
	void groupDescendantObjectsWhenCheckedThenObjectsAtAnyDepthButNoGroups() {
		grant("group_descendant_objects", "fleet");
		assertThat(allowed("d1", "d2", "d3", "d4", "fleet", "north")).containsExactly(true, true, true, false, false,
				false);
	}

	@Test
	void groupWhenCheckedThenOnlyTheGroupItself() {
		grant("group", "north");
		assertThat(allowed("north", "fleet", "pole", "d2")).containsExactly(true, false, false, false);
	}

	@Test
	void groupChildGroupsWhenCheckedThenOnlyDirectChildrenWhereDescendantGroupsReachEveryDepth() {
		grant("group_child_groups", "fleet");
		assertThat(allowed("fleet", "north", "pole", "d2")).containsExactly(false, true, false, false);
		this.index.apply(new RoleAssigned("a-2", role("group_descendant_groups", "fleet"), "acme", "alice"));
		assertThat(allowed("fleet", "north", "pole", "d2")).containsExactly(false, true, true, false);
	}

	@Test
	void moveGroupWhenItHasDescendantsThenTheirAncestryFollows() {
		grant("group_descendant_objects", "north");
		this.index.apply(new ObjectGroupCreated("south", "acme", "South", "fleet"));
		assertThat(allowed("d2", "d3")).containsExactly(true, true);

		this.index.apply(new ObjectGroupMoved("pole", "acme", "south", "north"));

		assertThat(allowed("d2", "d3")).containsExactly(true, false);
		assertThat(this.index.objectGroupAncestry("pole")).containsExactly("pole", "south", "fleet");
		this.index.apply(new ObjectGroupMoved("south", "acme", "north", "fleet"));
		assertThat(this.index.objectGroupAncestry("pole")).containsExactly("pole", "south", "north", "fleet");
		assertThat(allowed("d3")).containsExactly(true);
	}

	@Test
	void moveObjectAndRemoveThenScopesFollowTheRegistry() {
		grant("group_descendant_objects", "north");
		this.index.apply(new ObjectMoved("d4", "acme", "pole", null));
		assertThat(allowed("d4")).containsExactly(true);
		this.index.apply(new ObjectMoved("d3", "acme", null, "pole"));
		assertThat(allowed("d3")).containsExactly(false);
		this.index.apply(new ObjectRemoved("d4", "acme"));
		assertThat(this.index.object("d4")).isEmpty();
		assertThat(this.index.check("alice", "read", new ObjectRef(null, null, "d4")).reason())
			.isEqualTo("object_unknown");
		this.index.apply(new ObjectRemoved("d3", "acme"));
		this.index.apply(new ObjectGroupRemoved("pole", "acme"));
		assertThat(this.index.objectGroup("pole")).isEmpty();
	}

	@Test
	void checkByIdAloneWhenRegisteredThenRegistryTenantAndTypeApply() {
		grant("object_type", null);
		Decision decision = this.index.check("alice", "read", new ObjectRef(null, null, "d1"));
		assertThat(decision.allowed()).isTrue();
		assertThat(this.index.check("alice", "read", new ObjectRef("globex", null, "d1")).reason())
			.isEqualTo("object_mismatch");
		assertThat(this.index.check("alice", "read", new ObjectRef("acme", "entity:meter", "d1")).reason())
			.isEqualTo("object_mismatch");
		assertThat(this.index.tenantOf(new ObjectRef("globex", null, "d1"))).isEqualTo("acme");
		// Unregistered objects work as before, from what the request says.
		assertThat(this.index.check("alice", "read", new ObjectRef("acme", "entity:device", "nowhere")).allowed())
			.isTrue();
	}

	@Test
	void updateAttributesWhenAppliedThenTheRegistryHasTheNewSet() {
		this.index.apply(new ObjectUpdated("d1", "acme", Map.of("level", 3)));
		assertThat(this.index.object("d1").orElseThrow().attributes()).containsExactly(Map.entry("level", 3));
		assertThat(this.index.object("d1").orElseThrow().groupId()).isEqualTo("fleet");
	}

	@Test
	void loadWhenExportedStateThenSameAnswersAndDerivedIndexesRebuilt() {
		grant("group_descendant_objects", "north");
		PermissionIndex restored = new PermissionIndex();
		restored.load(this.index.export());
		assertThat(restored.export()).isEqualTo(this.index.export());
		restored.apply(new ObjectGroupMoved("pole", "acme", "fleet", "north"));
		assertThat(restored.objectGroupAncestry("pole")).containsExactly("pole", "fleet");
		assertThat(restored.check("alice", "read", new ObjectRef(null, null, "d3")).allowed()).isFalse();
	}

	private List<Boolean> allowed(String... ids) {
		return java.util.Arrays.stream(ids)
			.map((id) -> this.index.check("alice", "read", new ObjectRef(null, null, id)).allowed())
			.toList();
	}

	private void grant(String mode, String groupId) {
		this.index.apply(new RoleAssigned("a-1", role(mode, groupId), "acme", "alice"));
	}

	private String role(String mode, String groupId) {
		String roleId = "role-" + mode;
		PermissionBlock.Scope scope = (groupId != null) ? new PermissionBlock.Scope(mode, null, null, groupId)
				: new PermissionBlock.Scope(mode, "entity:device", null);
		this.index.apply(new RoleCreated(roleId, "acme", mode, List.of(new PermissionBlock("allow", List.of("read"),
				scope))));
		return roleId;
	}

}

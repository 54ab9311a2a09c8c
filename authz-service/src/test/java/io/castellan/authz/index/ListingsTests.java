package io.castellan.authz.index;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.castellan.schemas.authz.ObjectGroupCreated;
import io.castellan.schemas.authz.ObjectRegistered;
import io.castellan.schemas.authz.PermissionBlock;
import io.castellan.schemas.authz.PrincipalGroupCreated;
import io.castellan.schemas.authz.PrincipalGroupMemberAdded;
import io.castellan.schemas.authz.RoleAssigned;
import io.castellan.schemas.authz.RoleAssignedToGroup;
import io.castellan.schemas.authz.RoleCreated;
import io.castellan.schemas.identity.PrincipalRegistered;
import io.castellan.schemas.identity.PrincipalStatusChanged;
import io.castellan.schemas.tenant.TenantCreated;
import io.castellan.schemas.tenant.TenantStatusChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Listing from the index. Tenant acme has object groups fleet > north with meters m1 (fleet), m2 and m3 (north),
 * a channel c1 (no group), and principals alice, bob (in group operators, under staff) and carol.
 */
class ListingsTests {

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	private final PermissionIndex index = new PermissionIndex();

	@BeforeEach
	void acme() {
		this.index.apply(new TenantCreated("acme", "Acme", "acme", "active", "admin", NOW));
		this.index.apply(new TenantCreated("globex", "Globex", "globex", "active", "admin", NOW));
		for (String principal : List.of("alice", "bob", "carol")) {
			this.index.apply(new PrincipalRegistered(principal, "acme", "human", principal, null, "active", NOW));
		}
		this.index.apply(new PrincipalGroupCreated("staff", "acme", "staff", null));
		this.index.apply(new PrincipalGroupCreated("operators", "acme", "operators", "staff"));
		this.index.apply(new PrincipalGroupMemberAdded("operators", "acme", "bob"));
		this.index.apply(new ObjectGroupCreated("fleet", "acme", "fleet", null));
		this.index.apply(new ObjectGroupCreated("north", "acme", "north", "fleet"));
		this.index.apply(new ObjectRegistered("m1", "acme", "entity:meter", Map.of(), "fleet"));
		this.index.apply(new ObjectRegistered("m2", "acme", "entity:meter", Map.of("level", 1), "north"));
		this.index.apply(new ObjectRegistered("m3", "acme", "entity:meter", Map.of("level", 5), "north"));
		this.index.apply(new ObjectRegistered("c1", "acme", "resource:channel", Map.of(), null));
		this.index.apply(new ObjectRegistered("g1", "globex", "entity:meter", Map.of(), null));
	}

	@Test
	void listObjectsWhenTenantAllowAndDenyOnAncestorGroupThenEverythingElseInIdOrder() {
		grant("alice", "reader", block("allow", "tenant", null, null));
		grant("alice", "not-north", block("deny", "group_descendant_objects", "north", null));

		assertThat(ids(this.index.listObjects("alice", "read", "acme", null, Map.of(), null, 100)))
			.containsExactly("c1", "m1");
		assertThat(ids(this.index.listObjects("alice", "read", "acme", "entity", Map.of(), null, 100)))
			.containsExactly("m1");
		assertThat(this.index.listObjects("alice", "read", "globex", null, Map.of(), null, 100)).isEmpty();
	}

	@Test
	void listObjectsWhenPagedThenEveryPageCompleteAndTogetherEverything() {
		grant("alice", "reader", block("allow", "object_kind", null, "entity"));
		List<String> all = new ArrayList<>();
		String after = null;
		for (int page = 0; page < 10; page++) {
			List<RegisteredObject> items = this.index.listObjects("alice", "read", "acme", null, Map.of(), after, 1);
			if (items.isEmpty()) {
				break;
			}
			all.addAll(ids(items));
			after = items.get(items.size() - 1).id();
		}
		assertThat(all).containsExactly("m1", "m2", "m3");
	}

	@Test
	void listObjectsWhenOnlyGroupAndObjectBlocksThenTheirObjectsWithConditionsApplied() {
		grant("alice", "north", new PermissionBlock("allow", List.of("read"),
				new PermissionBlock.Scope("group_direct_objects", null, null, "north"),
				Map.of("object.attributes.level", Map.of("gte", 3))));
		grant("alice", "channel", new PermissionBlock("allow", List.of("read"),
				new PermissionBlock.Scope("object", "resource:channel", "c1")));
		assertThat(ids(this.index.listObjects("alice", "read", "acme", null, Map.of(), null, 100)))
			.containsExactly("c1", "m3");
	}

	@Test
	void listObjectsWhenTenantFrozenOrPrincipalSuspendedThenNothing() {
		grant("alice", "reader", block("allow", "tenant", null, null));
		this.index.apply(new PrincipalStatusChanged("alice", "acme", "suspended", "active", "admin", NOW));
		assertThat(this.index.listObjects("alice", "read", "acme", null, Map.of(), null, 100)).isEmpty();
		this.index.apply(new PrincipalStatusChanged("alice", "acme", "active", "suspended", "admin", NOW));
		this.index.apply(new TenantStatusChanged("acme", "frozen", "frozen", "active", "admin", NOW));
		assertThat(this.index.listObjects("alice", "read", "acme", null, Map.of(), null, 100)).isEmpty();
	}

	@Test
	void listSubjectsWhenGrantedDirectlyAndThroughNestedGroupsThenBothButNotTheDenied() {
		grant("alice", "reader", block("allow", "tenant", null, null));
		this.index.apply(new RoleCreated("fleet-reader", "acme", "fleet-reader",
				List.of(block("allow", "group_descendant_objects", "fleet", null))));
		this.index.apply(new RoleAssignedToGroup("a-staff", "fleet-reader", "acme", "staff"));
		grant("carol", "reader", block("allow", "tenant", null, null));
		grant("carol", "not-m2", new PermissionBlock("deny", List.of("read"),
				new PermissionBlock.Scope("object", "entity:meter", "m2")));

		assertThat(this.index.listSubjects("read", new ObjectRef(null, null, "m2"), Map.of(), null, 100))
			.containsExactly("alice", "bob");
		assertThat(this.index.listSubjects("read", new ObjectRef(null, null, "c1"), Map.of(), null, 100))
			.containsExactly("alice", "carol");
		assertThat(this.index.listSubjects("read", new ObjectRef(null, null, "m2"), Map.of(), "alice", 1))
			.containsExactly("bob");
		assertThat(this.index.listSubjects("read", new ObjectRef("globex", null, "m2"), Map.of(), null, 100))
			.isEmpty();
		assertThat(this.index.listSubjects("write", new ObjectRef(null, null, "m2"), Map.of(), null, 100)).isEmpty();
	}

	private static List<String> ids(List<RegisteredObject> objects) {
		return objects.stream().map(RegisteredObject::id).toList();
	}

	private void grant(String principal, String role, PermissionBlock block) {
		String roleId = principal + "-" + role;
		this.index.apply(new RoleCreated(roleId, "acme", role, List.of(block)));
		this.index.apply(new RoleAssigned("a-" + roleId, roleId, "acme", principal));
	}

	private static PermissionBlock block(String effect, String mode, String groupId, String objectType) {
		return new PermissionBlock(effect, List.of("read"), new PermissionBlock.Scope(mode, objectType, null, groupId));
	}

}

package io.castellan.authz.change;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.castellan.authz.index.PermissionIndex;
import io.castellan.authz.index.TestIndexes;
import io.castellan.platform.events.InboundEvent;
import io.castellan.schemas.PublishedEvent;
import io.castellan.schemas.authz.AccessChanged;
import io.castellan.schemas.authz.PermissionBlock;
import io.castellan.schemas.authz.PolicyAttached;
import io.castellan.schemas.authz.PrincipalGroupCreated;
import io.castellan.schemas.authz.PrincipalGroupMemberAdded;
import io.castellan.schemas.authz.RoleAssigned;
import io.castellan.schemas.authz.RoleAssignedToGroup;
import io.castellan.schemas.authz.RoleCreated;
import io.castellan.schemas.tenant.TenantCreated;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class AccessChangesTests {

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final PermissionBlock READ_TENANT = new PermissionBlock("allow", List.of("read", "write"),
			new PermissionBlock.Scope("tenant", null, null));

	private static final PermissionBlock NO_DELETE = new PermissionBlock("deny", List.of("delete"),
			new PermissionBlock.Scope("object", "entity:device", "d1"), Map.of("context.shift", "night"));

	@Test
	void roleAssignedToGroupWhenMembersBelowThenTheyGainAllowsAndLoseDenies() {
		PermissionIndex index = TestIndexes.of(new TenantCreated("acme", "A", "acme", "active", "x", NOW),
				new PrincipalGroupCreated("ops", "acme", "ops", null),
				new PrincipalGroupCreated("night", "acme", "night", "ops"),
				new PrincipalGroupMemberAdded("night", "acme", "zoe"),
				new PrincipalGroupMemberAdded("ops", "acme", "amy"),
				new RoleCreated("r", "acme", "r", List.of(READ_TENANT, NO_DELETE)),
				new RoleAssignedToGroup("a", "r", "acme", "ops"));

		List<AccessChanged> changes = new AccessChanges(index, JSON)
			.of(cause("e-1", new RoleAssignedToGroup("a", "r", "acme", "ops")));

		assertThat(changes).singleElement().satisfies((change) -> {
			assertThat(change.principalIds()).containsExactly("amy", "zoe");
			assertThat(change.tenantId()).isEqualTo("acme");
			assertThat(change.causeType()).isEqualTo(RoleAssignedToGroup.TYPE);
			assertThat(change.causeId()).isEqualTo("e-1");
			assertThat(change.gained()).extracting(AccessChanged.Access::action).containsExactly("read", "write");
			assertThat(change.lost()).singleElement().satisfies((lost) -> {
				assertThat(lost.action()).isEqualTo("delete");
				assertThat(lost.scope().objectId()).isEqualTo("d1");
				assertThat(lost.conditional()).isTrue();
			});
		});
		assertThat(new AccessChanges(index, JSON).of(cause("e-1", new RoleAssignedToGroup("a", "r", "acme", "ops"))))
			.isEqualTo(changes);
	}

	@Test
	void memberAddedWhenAncestorGroupsHoldRolesThenTheNewMemberGainsThemAll() {
		PermissionIndex index = TestIndexes.of(new PrincipalGroupCreated("ops", "acme", "ops", null),
				new PrincipalGroupCreated("night", "acme", "night", "ops"),
				new RoleCreated("r", "acme", "r", List.of(READ_TENANT)),
				new RoleAssignedToGroup("a", "r", "acme", "ops"),
				new PolicyAttached("p", "acme", null, "night", NO_DELETE),
				new PrincipalGroupMemberAdded("night", "acme", "zoe"));

		List<AccessChanged> changes = new AccessChanges(index, JSON)
			.of(cause("e-2", new PrincipalGroupMemberAdded("night", "acme", "zoe")));

		assertThat(changes).singleElement().satisfies((change) -> {
			assertThat(change.principalIds()).containsExactly("zoe");
			assertThat(change.gained()).extracting(AccessChanged.Access::action).containsExactly("read", "write");
			assertThat(change.lost()).extracting(AccessChanged.Access::action).containsExactly("delete");
		});
	}

	@Test
	void assignmentWhenNobodyReachedOrOtherEventThenNothing() {
		PermissionIndex index = TestIndexes.of(new PrincipalGroupCreated("empty", "acme", "empty", null),
				new RoleCreated("r", "acme", "r", List.of(READ_TENANT)));
		AccessChanges changes = new AccessChanges(index, JSON);
		assertThat(changes.of(cause("e-3", new RoleAssignedToGroup("a", "r", "acme", "empty")))).isEmpty();
		assertThat(changes.of(cause("e-4", new RoleCreated("r", "acme", "r", List.of(READ_TENANT))))).isEmpty();
		assertThat(changes.of(cause("e-5", new RoleAssigned("a", "r", "acme", "amy")))).singleElement()
			.satisfies((change) -> assertThat(change.principalIds()).containsExactly("amy"));
	}

	@Test
	void groupAssignmentWhenManyMembersThenSplitWithStableIds() {
		List<PublishedEvent> events = new ArrayList<>(List.of(new PrincipalGroupCreated("all", "acme", "all", null),
				new RoleCreated("r", "acme", "r", List.of(READ_TENANT))));
		IntStream.range(0, 1200)
			.forEach((i) -> events.add(new PrincipalGroupMemberAdded("all", "acme", String.format("p%04d", i))));
		PermissionIndex index = TestIndexes.of(events.toArray(PublishedEvent[]::new));

		List<AccessChanged> changes = new AccessChanges(index, JSON)
			.of(cause("e-6", new RoleAssignedToGroup("a", "r", "acme", "all")));

		assertThat(changes).hasSize(3);
		assertThat(changes).flatExtracting(AccessChanged::principalIds).hasSize(1200).doesNotHaveDuplicates();
		assertThat(changes).extracting(AccessChanged::changeId).doesNotHaveDuplicates();
	}

	private static InboundEvent cause(String id, PublishedEvent event) {
		return new InboundEvent(id, event.eventType(), "test", event.tenantId(), event.subject(), NOW, null, null, null,
				JSON.valueToTree(event), new InboundEvent.Position("t", 0, 0));
	}

}

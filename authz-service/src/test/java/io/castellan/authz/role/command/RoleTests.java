package io.castellan.authz.role.command;

import java.util.List;

import io.castellan.authz.objectgroup.command.ObjectTree;
import io.castellan.authz.role.event.Block;
import io.castellan.authz.role.event.RoleCreated;
import io.castellan.platform.axon.UniqueClaims;
import io.castellan.platform.web.ProblemException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class RoleTests {

	private final ObjectTree tree = mock(ObjectTree.class);

	private AggregateTestFixture<Role> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(Role.class);
		this.fixture.registerInjectableResource(mock(UniqueClaims.class));
		this.fixture.registerInjectableResource(this.tree);
	}

	@Test
	void createWhenBlocksValidThenRoleCreated() {
		List<Block> blocks = List.of(new Block("allow", List.of("read"), "tenant", null, null, null, null),
				new Block("deny", List.of("delete"), "object", "entity:device", "d1", null, null));
		this.fixture.givenNoPriorActivity()
			.when(new CreateRole("r1", "acme", "reader", blocks))
			.expectEvents(new RoleCreated("r1", "acme", "reader", blocks));
	}

	@Test
	void createWhenPlatformScopeThenOnlyOnPlatformWideRoles() {
		List<Block> platformScope = List.of(new Block("allow", List.of("read"), "platform", null, null, null, null));
		this.fixture.givenNoPriorActivity()
			.when(new CreateRole("r1", "platform", "operator", platformScope))
			.expectEvents(new RoleCreated("r1", "platform", "operator", platformScope));
		this.fixture.givenNoPriorActivity()
			.when(new CreateRole("r2", "acme", "escalate", platformScope))
			.expectException(ProblemException.class)
			.expectNoEvents();
		this.fixture.givenNoPriorActivity()
			.when(new CreateRole("r3", "platform", "vague",
					List.of(new Block("allow", List.of("read"), "tenant", null, null, null, null))))
			.expectException(ProblemException.class)
			.expectNoEvents();
	}

	@Test
	void createWhenBlockShapeWrongThenRejectedWithoutEvents() {
		for (Block invalid : List.of(new Block("maybe", List.of("read"), "tenant", null, null, null, null),
				new Block("allow", List.of("fly"), "tenant", null, null, null, null),
				new Block("allow", List.of("read"), "object", "entity:device", null, null, null),
				new Block("allow", List.of("read"), "tenant", "entity:device", null, null, null),
				new Block("allow", List.of("read"), "object_type", null, null, null, null))) {
			this.fixture.givenNoPriorActivity()
				.when(new CreateRole("r1", "acme", "bad", List.of(invalid)))
				.expectException(ProblemException.class)
				.expectNoEvents();
		}
	}

	@Test
	void createWhenGroupScopeModesNameTheirGroupThenCreatedAndGroupsChecked() {
		List<Block> blocks = List.of(
				new Block("allow", List.of("read"), "group_descendant_objects", null, null, "g1", null),
				new Block("deny", List.of("read"), "group_child_groups", null, null, "g2", null));
		this.fixture.givenNoPriorActivity()
			.when(new CreateRole("r1", "acme", "fleet", blocks))
			.expectEvents(new RoleCreated("r1", "acme", "fleet", blocks));
		verify(this.tree).requireScopeGroup("g1", "acme");
		verify(this.tree).requireScopeGroup("g2", "acme");
	}

	@Test
	void createWhenGroupScopeShapeWrongOrGroupForeignThenRejectedWithoutEvents() {
		for (Block invalid : List.of(new Block("allow", List.of("read"), "group", null, null, null, null),
				new Block("allow", List.of("read"), "group_direct_objects", "entity:device", null, "g1", null),
				new Block("allow", List.of("read"), "object_type", "entity:device", null, "g1", null),
				new Block("allow", List.of("read"), "everywhere", null, null, null, null))) {
			this.fixture.givenNoPriorActivity()
				.when(new CreateRole("r1", "acme", "bad", List.of(invalid)))
				.expectException(ProblemException.class)
				.expectNoEvents();
		}
		doThrow(ProblemException.unprocessable("object_group_tenant_mismatch", "foreign")).when(this.tree)
			.requireScopeGroup("foreign", "acme");
		this.fixture.givenNoPriorActivity()
			.when(new CreateRole("r1", "acme", "sneaky",
					List.of(new Block("allow", List.of("read"), "group", null, null, "foreign", null))))
			.expectException(ProblemException.class)
			.expectNoEvents();
	}

}

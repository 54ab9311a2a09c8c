package io.castellan.authz.role.command;

import java.util.List;

import io.castellan.authz.role.event.Block;
import io.castellan.authz.role.event.RoleCreated;
import io.castellan.platform.axon.UniqueClaims;
import io.castellan.platform.web.ProblemException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.mockito.Mockito.mock;

class RoleTests {

	private AggregateTestFixture<Role> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(Role.class);
		this.fixture.registerInjectableResource(mock(UniqueClaims.class));
	}

	@Test
	void createWhenBlocksValidThenRoleCreated() {
		List<Block> blocks = List.of(new Block("allow", List.of("read"), "tenant", null, null),
				new Block("deny", List.of("delete"), "object", "entity:device", "d1"));
		this.fixture.givenNoPriorActivity()
			.when(new CreateRole("r1", "acme", "reader", blocks))
			.expectEvents(new RoleCreated("r1", "acme", "reader", blocks));
	}

	@Test
	void createWhenPlatformScopeThenOnlyOnPlatformWideRoles() {
		List<Block> platformScope = List.of(new Block("allow", List.of("read"), "platform", null, null));
		this.fixture.givenNoPriorActivity()
			.when(new CreateRole("r1", "platform", "operator", platformScope))
			.expectEvents(new RoleCreated("r1", "platform", "operator", platformScope));
		this.fixture.givenNoPriorActivity()
			.when(new CreateRole("r2", "acme", "escalate", platformScope))
			.expectException(ProblemException.class)
			.expectNoEvents();
		this.fixture.givenNoPriorActivity()
			.when(new CreateRole("r3", "platform", "vague",
					List.of(new Block("allow", List.of("read"), "tenant", null, null))))
			.expectException(ProblemException.class)
			.expectNoEvents();
	}

	@Test
	void createWhenBlockShapeWrongThenRejectedWithoutEvents() {
		for (Block invalid : List.of(new Block("maybe", List.of("read"), "tenant", null, null),
				new Block("allow", List.of("fly"), "tenant", null, null),
				new Block("allow", List.of("read"), "object", "entity:device", null),
				new Block("allow", List.of("read"), "tenant", "entity:device", null),
				new Block("allow", List.of("read"), "object_type", null, null))) {
			this.fixture.givenNoPriorActivity()
				.when(new CreateRole("r1", "acme", "bad", List.of(invalid)))
				.expectException(ProblemException.class)
				.expectNoEvents();
		}
	}

}

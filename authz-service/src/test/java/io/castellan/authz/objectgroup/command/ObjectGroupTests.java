package io.castellan.authz.objectgroup.command;

import io.castellan.authz.objectgroup.event.ObjectGroupCreated;
import io.castellan.authz.objectgroup.event.ObjectGroupMoved;
import io.castellan.authz.objectgroup.event.ObjectGroupRemoved;
import io.castellan.platform.web.ProblemException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

class ObjectGroupTests {

	private final ObjectTree tree = mock(ObjectTree.class);

	private AggregateTestFixture<ObjectGroup> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(ObjectGroup.class);
		this.fixture.registerInjectableResource(this.tree);
	}

	@Test
	void createWhenParentFitsThenCreatedAndPlacedInTheTree() {
		this.fixture.givenNoPriorActivity()
			.when(new CreateObjectGroup("g2", "acme", "north", "g1"))
			.expectEvents(new ObjectGroupCreated("g2", "acme", "north", "g1"));
		verify(this.tree).addGroup("g2", "acme", "g1");
	}

	@Test
	void createWhenParentOfAnotherTenantThenRejectedWithoutEvents() {
		doThrow(ProblemException.unprocessable("parent_group_tenant_mismatch", "foreign")).when(this.tree)
			.addGroup("g2", "acme", "g9");
		this.fixture.givenNoPriorActivity()
			.when(new CreateObjectGroup("g2", "acme", "north", "g9"))
			.expectException(ProblemException.class)
			.expectNoEvents();
	}

	@Test
	void moveWhenNewParentThenMovedWithThePreviousOne() {
		this.fixture.given(new ObjectGroupCreated("g2", "acme", "north", "g1"))
			.when(new MoveObjectGroup("g2", "g3"))
			.expectEvents(new ObjectGroupMoved("g2", "acme", "g3", "g1"));
		verify(this.tree).moveGroup("g2", "acme", "g3");
	}

	@Test
	void moveWhenSameParentThenNothingHappens() {
		this.fixture.given(new ObjectGroupCreated("g2", "acme", "north", "g1"))
			.when(new MoveObjectGroup("g2", "g1"))
			.expectNoEvents();
		verifyNoInteractions(this.tree);
	}

	@Test
	void moveWhenTreeSeesACycleThenRejectedWithoutEvents() {
		doThrow(ProblemException.unprocessable("object_group_cycle", "cycle")).when(this.tree)
			.moveGroup("g1", "acme", "g2");
		this.fixture.given(new ObjectGroupCreated("g1", "acme", "fleet", null))
			.when(new MoveObjectGroup("g1", "g2"))
			.expectException(ProblemException.class)
			.expectNoEvents();
	}

	@Test
	void removeWhenEmptyThenRemovedAndAfterwardsNotFound() {
		this.fixture.given(new ObjectGroupCreated("g1", "acme", "fleet", null))
			.when(new RemoveObjectGroup("g1"))
			.expectEvents(new ObjectGroupRemoved("g1", "acme"));
		this.fixture.given(new ObjectGroupCreated("g1", "acme", "fleet", null), new ObjectGroupRemoved("g1", "acme"))
			.when(new MoveObjectGroup("g1", "g2"))
			.expectException(ProblemException.class)
			.expectNoEvents();
	}

}

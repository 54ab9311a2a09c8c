package io.castellan.authz.object.command;

import java.util.Map;

import io.castellan.authz.object.event.ObjectAttributesUpdated;
import io.castellan.authz.object.event.ObjectMoved;
import io.castellan.authz.object.event.ObjectRegistered;
import io.castellan.authz.object.event.ObjectRemoved;
import io.castellan.authz.objectgroup.command.ObjectTree;
import io.castellan.platform.web.ProblemException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class AuthzObjectTests {

	private static final ObjectRegistered REGISTERED = new ObjectRegistered("d1", "acme", "entity:device",
			Map.of("site", "north"), "g1");

	private final ObjectTree tree = mock(ObjectTree.class);

	private AggregateTestFixture<AuthzObject> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(AuthzObject.class);
		this.fixture.registerInjectableResource(this.tree);
	}

	@Test
	void registerWhenIdFreeAndGroupFitsThenRegistered() {
		this.fixture.givenNoPriorActivity()
			.when(new RegisterObject("d1", "acme", "entity:device", Map.of("site", "north"), "g1"))
			.expectEvents(REGISTERED);
		verify(this.tree).addObject("d1", "acme", "g1");
	}

	@Test
	void registerWhenIdTakenThenConflictWithoutEvents() {
		doThrow(ProblemException.conflict("object_id_taken", "taken")).when(this.tree)
			.addObject("d1", "acme", null);
		this.fixture.givenNoPriorActivity()
			.when(new RegisterObject("d1", "acme", "entity:device", Map.of(), null))
			.expectException(ProblemException.class)
			.expectNoEvents();
	}

	@Test
	void updateAttributesWhenLiveThenReplaced() {
		this.fixture.given(REGISTERED)
			.when(new UpdateObjectAttributes("d1", Map.of("site", "south", "level", 3)))
			.expectEvents(new ObjectAttributesUpdated("d1", "acme", Map.of("site", "south", "level", 3)));
	}

	@Test
	void moveWhenOtherGroupThenMovedWithPreviousGroup() {
		this.fixture.given(REGISTERED)
			.when(new MoveObject("d1", null))
			.expectEvents(new ObjectMoved("d1", "acme", null, "g1"));
		verify(this.tree).moveObject("d1", "acme", null);
	}

	@Test
	void moveWhenGroupOfAnotherTenantThenRejectedWithoutEvents() {
		doThrow(ProblemException.unprocessable("object_group_tenant_mismatch", "foreign")).when(this.tree)
			.moveObject("d1", "acme", "g9");
		this.fixture.given(REGISTERED).when(new MoveObject("d1", "g9")).expectException(ProblemException.class)
			.expectNoEvents();
	}

	@Test
	void removeWhenLiveThenRemovedAndLaterCommandsNotFound() {
		this.fixture.given(REGISTERED).when(new RemoveObject("d1")).expectEvents(new ObjectRemoved("d1", "acme"));
		this.fixture.given(REGISTERED, new ObjectRemoved("d1", "acme"))
			.when(new UpdateObjectAttributes("d1", Map.of()))
			.expectException(ProblemException.class)
			.expectNoEvents();
	}

}

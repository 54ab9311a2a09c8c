package io.castellan.authz.assignment.command;

import io.castellan.authz.assignment.event.RoleAssigned;
import io.castellan.platform.axon.UniqueClaims;
import io.castellan.platform.web.ProblemException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class RoleAssignmentTests {

	private final UniqueClaims claims = mock(UniqueClaims.class);

	private AggregateTestFixture<RoleAssignment> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(RoleAssignment.class);
		this.fixture.registerInjectableResource(this.claims);
	}

	@Test
	void assignWhenPairFreeThenAssignedAndPairClaimed() {
		this.fixture.givenNoPriorActivity()
			.when(new AssignRole("a-1", "r-1", "acme", "p-1"))
			.expectEvents(new RoleAssigned("a-1", "r-1", "acme", "p-1"));
		verify(this.claims).claim(eq(RoleAssignment.PAIR_SCOPE), eq("r-1/p-1"), eq("a-1"), eq("role_already_assigned"),
				any());
	}

	@Test
	void assignWhenRoleAlreadyGivenThenRejectedWithoutEvents() {
		doThrow(ProblemException.conflict("role_already_assigned", "again")).when(this.claims)
			.claim(any(), any(), any(), any(), any());
		this.fixture.givenNoPriorActivity()
			.when(new AssignRole("a-2", "r-1", "acme", "p-1"))
			.expectException(ProblemException.class)
			.expectNoEvents();
	}

}

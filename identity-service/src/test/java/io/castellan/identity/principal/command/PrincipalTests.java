package io.castellan.identity.principal.command;

import java.time.Instant;

import io.castellan.identity.principal.event.PrincipalRegistered;
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

class PrincipalTests {

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	private final UniqueClaims claims = mock(UniqueClaims.class);

	private AggregateTestFixture<Principal> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(Principal.class);
		this.fixture.registerInjectableResource(this.claims);
	}

	@Test
	void registerWhenNameFreeThenRegisteredAndNameClaimedWithinTheTenant() {
		this.fixture.givenNoPriorActivity()
			.when(new RegisterPrincipal("p-1", "acme", "human", "Alice", "alice@example.com", "admin", NOW))
			.expectEvents(new PrincipalRegistered("p-1", "acme", "human", "Alice", "alice@example.com", "admin", NOW));
		verify(this.claims).claim(eq(Principal.NAME_SCOPE), eq("acme/alice"), eq("p-1"), eq("principal_name_taken"),
				any());
	}

	@Test
	void registerWhenNameTakenThenRejectedWithoutEvents() {
		doThrow(ProblemException.conflict("principal_name_taken", "taken")).when(this.claims)
			.claim(any(), any(), any(), any(), any());
		this.fixture.givenNoPriorActivity()
			.when(new RegisterPrincipal("p-2", "acme", "device", "meter", null, "admin", NOW))
			.expectException(ProblemException.class)
			.expectNoEvents();
	}

}

package io.castellan.identity.principal.command;

import java.time.Instant;
import java.util.Map;

import io.castellan.identity.credential.PasswordCredentials;
import io.castellan.identity.principal.event.PrincipalPasswordChanged;
import io.castellan.identity.principal.event.PrincipalRegistered;
import io.castellan.identity.principal.event.PrincipalStatusChanged;
import io.castellan.identity.principal.event.PrincipalUpdated;
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
import static org.mockito.Mockito.verifyNoInteractions;

class PrincipalTests {

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	private final UniqueClaims claims = mock(UniqueClaims.class);

	private final PasswordCredentials passwords = mock(PasswordCredentials.class);

	private AggregateTestFixture<Principal> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(Principal.class);
		this.fixture.registerInjectableResource(this.claims);
		this.fixture.registerInjectableResource(this.passwords);
	}

	@Test
	void registerWhenNameFreeThenRegisteredAndNameAndAliasClaimedWithinTheTenant() {
		this.fixture.givenNoPriorActivity()
			.when(new RegisterPrincipal("p-1", "acme", "human", "Alice", "Ali", "alice@example.com", Map.of(), null,
					"admin", NOW))
			.expectEvents(new PrincipalRegistered("p-1", "acme", "human", "Alice", "Ali", "alice@example.com", Map.of(),
					"admin", NOW, null, null));
		verify(this.claims).claim(eq(Principal.NAME_SCOPE), eq("acme/alice"), eq("p-1"), eq("principal_name_taken"),
				any());
		verify(this.claims).claim(eq(Principal.ALIAS_SCOPE), eq("acme/ali"), eq("p-1"), eq("principal_alias_taken"),
				any());
		verifyNoInteractions(this.passwords);
	}

	@Test
	void registerWhenPasswordGivenThenHashStoredAndAnnouncedWithoutIt() {
		this.fixture.givenNoPriorActivity()
			.when(new RegisterPrincipal("p-1", "acme", "human", "Alice", null, null, Map.of(), "{argon2}hash", "admin",
					NOW))
			.expectEvents(
					new PrincipalRegistered("p-1", "acme", "human", "Alice", null, null, Map.of(), "admin", NOW, null, null),
					new PrincipalPasswordChanged("p-1", "acme", "set", "admin", NOW));
		verify(this.passwords).store("p-1", "{argon2}hash", NOW);
	}

	@Test
	void registerWhenNameTakenThenRejectedWithoutEvents() {
		doThrow(ProblemException.conflict("principal_name_taken", "taken")).when(this.claims)
			.claim(any(), any(), any(), any(), any());
		this.fixture.givenNoPriorActivity()
			.when(new RegisterPrincipal("p-2", "acme", "device", "meter", null, null, Map.of(), null, "admin", NOW))
			.expectException(ProblemException.class)
			.expectNoEvents();
	}

	@Test
	void updateWhenVersionCurrentThenUpdatedWithNextVersionAndRenamedClaims() {
		this.fixture.given(registered())
			.when(new UpdatePrincipal("p-1", 1L, "Alicia", "alicia", null, Map.of("site", "ams"), "admin", NOW, null))
			.expectEvents(new PrincipalUpdated("p-1", "acme", "Alicia", "alicia", null, Map.of("site", "ams"), 2,
					"admin", NOW, null));
		verify(this.claims).release(Principal.NAME_SCOPE, "acme/alice", "p-1");
		verify(this.claims).claim(eq(Principal.ALIAS_SCOPE), eq("acme/alicia"), eq("p-1"), any(), any());
	}

	@Test
	void updateWhenVersionStaleThenPreconditionFailedWithoutEvents() {
		this.fixture.given(registered(), new PrincipalStatusChanged("p-1", "acme", "suspended", "active", "a", NOW))
			.when(new UpdatePrincipal("p-1", 1L, "Alicia", null, null, Map.of(), "admin", NOW, null))
			.expectExceptionMessage(org.hamcrest.Matchers.containsString("version 2, not 1"))
			.expectNoEvents();
	}

	@Test
	void changeStatusWhenSameStatusThenConflict() {
		this.fixture.given(registered())
			.when(new ChangePrincipalStatus("p-1", "active", "admin", NOW))
			.expectException(ProblemException.class)
			.expectNoEvents();
	}

	@Test
	void changeStatusWhenSuspendedThenStatusChangedFromActive() {
		this.fixture.given(registered())
			.when(new ChangePrincipalStatus("p-1", "suspended", "admin", NOW))
			.expectEvents(new PrincipalStatusChanged("p-1", "acme", "suspended", "active", "admin", NOW));
	}

	private static PrincipalRegistered registered() {
		return new PrincipalRegistered("p-1", "acme", "human", "Alice", null, null, Map.of(), "admin", NOW, null, null);
	}

}

package io.castellan.tenant.tenant.command;

import java.time.Instant;

import io.castellan.platform.axon.UniqueClaims;
import io.castellan.platform.web.ProblemException;
import io.castellan.tenant.tenant.event.TenantCreated;
import io.castellan.tenant.tenant.event.TenantStatusChanged;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class TenantTests {

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	private final UniqueClaims claims = mock(UniqueClaims.class);

	private AggregateTestFixture<Tenant> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(Tenant.class);
		this.fixture.registerInjectableResource(this.claims);
	}

	@Test
	void createWhenAliasFreeThenTenantCreatedAndAliasClaimedLowerCase() {
		this.fixture.givenNoPriorActivity()
			.when(new CreateTenant("t-1", "Acme", "acme", "admin", NOW))
			.expectSuccessfulHandlerExecution()
			.expectEvents(new TenantCreated("t-1", "Acme", "acme", "admin", NOW));
		verify(this.claims).claim(eq(Tenant.ALIAS_SCOPE), eq("acme"), eq("t-1"), eq("tenant_alias_taken"), any());
	}

	@Test
	void freezeWhenActiveThenFrozenWithPreviousStatus() {
		this.fixture.given(created())
			.when(new ChangeTenantStatus("t-1", ChangeTenantStatus.Transition.FREEZE, "admin", NOW))
			.expectEvents(new TenantStatusChanged("t-1", "frozen", "frozen", "active", "admin", NOW));
	}

	@Test
	void restoreWhenDeletedThenActiveAgain() {
		this.fixture.given(created(), new TenantStatusChanged("t-1", "deleted", "deleted", "active", "admin", NOW))
			.when(new ChangeTenantStatus("t-1", ChangeTenantStatus.Transition.RESTORE, "admin", NOW))
			.expectEvents(new TenantStatusChanged("t-1", "restored", "active", "deleted", "admin", NOW));
	}

	@Test
	void changeStatusWhenTransitionNotAllowedFromCurrentStatusThenConflictWithoutEvents() {
		this.fixture.given(created())
			.when(new ChangeTenantStatus("t-1", ChangeTenantStatus.Transition.ENABLE, "admin", NOW))
			.expectException(ProblemException.class)
			.expectNoEvents();
		this.fixture.given(created(), new TenantStatusChanged("t-1", "frozen", "frozen", "active", "admin", NOW))
			.when(new ChangeTenantStatus("t-1", ChangeTenantStatus.Transition.DISABLE, "admin", NOW))
			.expectException(ProblemException.class)
			.expectNoEvents();
	}

	private static TenantCreated created() {
		return new TenantCreated("t-1", "Acme", "acme", "admin", NOW);
	}

	@Test
	void createWhenAliasTakenThenRejectedWithoutEvents() {
		doThrow(ProblemException.conflict("tenant_alias_taken", "taken")).when(this.claims)
			.claim(any(), any(), any(), any(), any());
		this.fixture.givenNoPriorActivity()
			.when(new CreateTenant("t-2", "Acme again", "acme", "admin", NOW))
			.expectException(ProblemException.class)
			.expectNoEvents();
	}

}

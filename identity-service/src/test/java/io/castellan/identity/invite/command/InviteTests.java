package io.castellan.identity.invite.command;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.castellan.identity.invite.event.InviteAccepted;
import io.castellan.identity.invite.event.InviteCreated;
import io.castellan.identity.invite.event.InviteRevoked;
import io.castellan.identity.principal.command.RegisterPrincipal;
import io.castellan.identity.signup.command.RecordVerifiedEmail;
import io.castellan.identity.token.IssuedToken;
import io.castellan.identity.token.OneTimeTokens;
import io.castellan.platform.axon.UniqueClaims;
import io.castellan.platform.web.ProblemException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

class InviteTests {

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	private static final Instant EXPIRES = NOW.plus(Duration.ofDays(7));

	private static final IssuedToken TOKEN = new IssuedToken("hash-1", "v1.sealed", EXPIRES);

	private final UniqueClaims claims = mock(UniqueClaims.class);

	private final OneTimeTokens tokens = mock(OneTimeTokens.class);

	private final CommandGateway commands = mock(CommandGateway.class);

	private AggregateTestFixture<Invite> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(Invite.class);
		this.fixture.registerInjectableResource(this.claims);
		this.fixture.registerInjectableResource(this.tokens);
		this.fixture.registerInjectableResource(this.commands);
	}

	@Test
	void createThenTokenStoredAndCreatedAnnouncedWithItSealed() {
		this.fixture.givenNoPriorActivity()
			.when(new CreateInvite("i-1", "t-1", "eve@example.com", List.of("r-1", "r-2"), "de", TOKEN, "admin", NOW))
			.expectEvents(created());
		verify(this.tokens).store(TOKEN, InviteRules.TOKEN_PURPOSE, "i-1", null, "t-1", NOW);
	}

	@Test
	void acceptWhenPendingThenTokenSpentPrincipalRegisteredVerifiedAndAcceptedWithTheRoles() {
		this.fixture.given(created())
			.when(new AcceptInvite("i-1", "hash-1", "p-9", "Eve", "{argon2}hash", NOW.plusSeconds(60)))
			.expectEvents(new InviteAccepted("i-1", "t-1", "p-9", "eve@example.com", List.of("r-1", "r-2"),
					NOW.plusSeconds(60)));
		verify(this.tokens).consume("hash-1", InviteRules.TOKEN_PURPOSE, "i-1", NOW.plusSeconds(60));
		verify(this.claims).claim(any(), eq("t-1/eve@example.com"), eq("p-9"), eq("principal_email_taken"), any());
		verify(this.commands).sendAndWait(new RegisterPrincipal("p-9", "t-1", "human", "Eve", null, "eve@example.com",
				Map.of(), "{argon2}hash", "p-9", NOW.plusSeconds(60)));
		verify(this.commands).sendAndWait(
				new RecordVerifiedEmail("p-9", "t-1", "eve@example.com", "invite", NOW.plusSeconds(60)));
	}

	@Test
	void acceptWhenAcceptedRevokedOrExpiredThenRefusedBeforeTheTokenIsTouched() {
		this.fixture.given(created(), accepted())
			.when(new AcceptInvite("i-1", "hash-1", "p-10", "Eve", "h", NOW.plusSeconds(90)))
			.expectException(ProblemException.class)
			.expectExceptionMessage("This invitation was already accepted.");
		this.fixture.given(created(), new InviteRevoked("i-1", "t-1", "admin", NOW.plusSeconds(10)))
			.when(new AcceptInvite("i-1", "hash-1", "p-10", "Eve", "h", NOW.plusSeconds(90)))
			.expectExceptionMessage("This invitation was withdrawn.");
		this.fixture.given(created())
			.when(new AcceptInvite("i-1", "hash-1", "p-10", "Eve", "h", EXPIRES))
			.expectExceptionMessage("This invitation has expired.");
		verifyNoInteractions(this.tokens, this.commands);
	}

	@Test
	void revokeWhenPendingThenLinkEndsAndRevokedOnce() {
		this.fixture.given(created())
			.when(new RevokeInvite("i-1", "admin", NOW.plusSeconds(10)))
			.expectEvents(new InviteRevoked("i-1", "t-1", "admin", NOW.plusSeconds(10)));
		verify(this.tokens).supersede(InviteRules.TOKEN_PURPOSE, "i-1", NOW.plusSeconds(10));
		this.fixture.given(created(), new InviteRevoked("i-1", "t-1", "admin", NOW.plusSeconds(10)))
			.when(new RevokeInvite("i-1", "admin", NOW.plusSeconds(20)))
			.expectSuccessfulHandlerExecution()
			.expectNoEvents();
	}

	@Test
	void revokeWhenAcceptedThenConflict() {
		this.fixture.given(created(), accepted())
			.when(new RevokeInvite("i-1", "admin", NOW.plusSeconds(100)))
			.expectException(ProblemException.class)
			.expectNoEvents();
	}

	private static InviteCreated created() {
		return new InviteCreated("i-1", "t-1", "eve@example.com", List.of("r-1", "r-2"), "de", "v1.sealed", EXPIRES,
				"admin", NOW);
	}

	private static InviteAccepted accepted() {
		return new InviteAccepted("i-1", "t-1", "p-9", "eve@example.com", List.of("r-1", "r-2"), NOW.plusSeconds(60));
	}

}

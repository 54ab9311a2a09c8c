package io.castellan.identity.signup.command;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.castellan.identity.principal.command.RegisterPrincipal;
import io.castellan.identity.signup.event.EmailVerificationRequested;
import io.castellan.identity.signup.event.EmailVerified;
import io.castellan.identity.signup.event.PrincipalSignedUp;
import io.castellan.identity.token.IssuedToken;
import io.castellan.identity.token.OneTimeTokens;
import io.castellan.platform.axon.UniqueClaims;
import io.castellan.platform.web.ProblemException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

class EmailVerificationTests {

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	private static final String ID = EmailVerificationRules.idOf("p-1");

	private static final IssuedToken TOKEN = new IssuedToken("hash-1", "v1.sealed-1", NOW.plus(Duration.ofHours(24)));

	private final UniqueClaims claims = mock(UniqueClaims.class);

	private final OneTimeTokens tokens = mock(OneTimeTokens.class);

	private final CommandGateway commands = mock(CommandGateway.class);

	private AggregateTestFixture<EmailVerification> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(EmailVerification.class);
		this.fixture.registerInjectableResource(this.claims);
		this.fixture.registerInjectableResource(this.tokens);
		this.fixture.registerInjectableResource(this.commands);
	}

	@Test
	void signUpWhenAddressFreeThenClaimedRegisteredAndVerificationRequestedWithTheSealedTokenOnly() {
		this.fixture.givenNoPriorActivity()
			.when(new SignUp("p-1", "t-1", "Ann@Example.com", "Ann", "nl", "{argon2}hash", TOKEN, NOW))
			.expectEvents(signedUp(), requested("signup", TOKEN, NOW));
		verify(this.claims).claim(eq(EmailClaims.SCOPE), eq("t-1/ann@example.com"), eq("p-1"),
				eq("principal_email_taken"), any());
		verify(this.commands).sendAndWait(new RegisterPrincipal("p-1", "t-1", "human", "Ann", null, "Ann@Example.com",
				Map.of(), "{argon2}hash", "p-1", NOW));
		verify(this.tokens).store(TOKEN, EmailVerificationRules.TOKEN_PURPOSE, "p-1", "p-1", "t-1", NOW);
	}

	@Test
	void signUpWhenAddressTakenThenNothingRegisteredNorStored() {
		doThrow(ProblemException.conflict("principal_email_taken", "taken")).when(this.claims)
			.claim(any(), any(), any(), any(), any());

		this.fixture.givenNoPriorActivity()
			.when(new SignUp("p-1", "t-1", "Ann@Example.com", "Ann", "nl", "{argon2}hash", TOKEN, NOW))
			.expectException(ProblemException.class)
			.expectNoEvents();
		verifyNoInteractions(this.commands, this.tokens);
	}

	@Test
	void resendWhenUnderTheLimitThenEarlierLinksEndAndAFreshOneIsRequested() {
		IssuedToken fresh = new IssuedToken("hash-2", "v1.sealed-2", NOW.plus(Duration.ofHours(25)));

		this.fixture.given(signedUp(), requested("signup", TOKEN, NOW))
			.when(new ResendEmailVerification(ID, fresh, 3, Duration.ofHours(1), NOW.plusSeconds(60)))
			.expectEvents(requested("resend", fresh, NOW.plusSeconds(60)));
		verify(this.tokens).supersede(EmailVerificationRules.TOKEN_PURPOSE, "p-1", NOW.plusSeconds(60));
		verify(this.tokens).store(fresh, EmailVerificationRules.TOKEN_PURPOSE, "p-1", "p-1", "t-1", NOW.plusSeconds(60));
	}

	@Test
	void resendWhenLimitReachedWithinTheWindowThenSilence() {
		this.fixture.given(signedUp(), requested("signup", TOKEN, NOW), requested("resend", TOKEN, NOW.plusSeconds(10)))
			.when(new ResendEmailVerification(ID, TOKEN, 2, Duration.ofHours(1), NOW.plusSeconds(20)))
			.expectSuccessfulHandlerExecution()
			.expectNoEvents();
		verifyNoInteractions(this.tokens);
	}

	@Test
	void resendWhenTheWindowHasPassedThenAllowedAgain() {
		this.fixture.given(signedUp(), requested("signup", TOKEN, NOW), requested("resend", TOKEN, NOW.plusSeconds(10)))
			.when(new ResendEmailVerification(ID, TOKEN, 2, Duration.ofHours(1), NOW.plus(Duration.ofHours(2))))
			.expectEvents(requested("resend", TOKEN, NOW.plus(Duration.ofHours(2))));
	}

	@Test
	void resendWhenVerifiedThenSilence() {
		this.fixture.given(signedUp(), requested("signup", TOKEN, NOW), verified())
			.when(new ResendEmailVerification(ID, TOKEN, 3, Duration.ofHours(1), NOW.plusSeconds(60)))
			.expectSuccessfulHandlerExecution()
			.expectNoEvents();
	}

	@Test
	void verifyWhenTokenSpendableThenVerified() {
		this.fixture.given(signedUp(), requested("signup", TOKEN, NOW))
			.when(new VerifyEmail(ID, "hash-1", NOW.plusSeconds(5)))
			.expectEvents(new EmailVerified(ID, "p-1", "t-1", "Ann@Example.com", "link", NOW.plusSeconds(5)));
		verify(this.tokens).consume("hash-1", EmailVerificationRules.TOKEN_PURPOSE, "p-1", NOW.plusSeconds(5));
	}

	@Test
	void verifyWhenTokenSpentOrExpiredThenGoneWithoutEvents() {
		doThrow(new ProblemException(HttpStatus.GONE, "token_expired", "gone")).when(this.tokens)
			.consume(any(), any(), any(), any());

		this.fixture.given(signedUp(), requested("signup", TOKEN, NOW))
			.when(new VerifyEmail(ID, "hash-1", NOW.plusSeconds(5)))
			.expectException(ProblemException.class)
			.expectNoEvents();
	}

	@Test
	void recordVerifiedEmailThenVerifiedByInvitation() {
		this.fixture.givenNoPriorActivity()
			.when(new RecordVerifiedEmail("p-1", "t-1", "Ann@Example.com", "invite", NOW))
			.expectEvents(new EmailVerified(ID, "p-1", "t-1", "Ann@Example.com", "invite", NOW));
		verify(this.tokens, never()).store(any(), any(), any(), any(), any(), any());
	}

	private static PrincipalSignedUp signedUp() {
		return new PrincipalSignedUp(ID, "p-1", "t-1", "Ann@Example.com", "nl", NOW);
	}

	private static EmailVerificationRequested requested(String reason, IssuedToken token, Instant at) {
		return new EmailVerificationRequested(ID, "p-1", "t-1", "Ann@Example.com", "Ann", "nl", reason, token.sealed(),
				token.expiresAt(), at);
	}

	private static EmailVerified verified() {
		return new EmailVerified(ID, "p-1", "t-1", "Ann@Example.com", "link", NOW.plusSeconds(5));
	}

}

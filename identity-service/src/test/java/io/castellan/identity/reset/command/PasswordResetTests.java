package io.castellan.identity.reset.command;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.castellan.identity.principal.command.SetPassword;
import io.castellan.identity.reset.event.PasswordResetCompleted;
import io.castellan.identity.reset.event.PasswordResetRequested;
import io.castellan.identity.session.command.RevokeSession;
import io.castellan.identity.token.IssuedToken;
import io.castellan.identity.token.OneTimeTokens;
import io.castellan.platform.web.ProblemException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

class PasswordResetTests {

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	private static final IssuedToken TOKEN = new IssuedToken("hash-1", "v1.sealed", NOW.plus(Duration.ofMinutes(30)));

	private final OneTimeTokens tokens = mock(OneTimeTokens.class);

	private final CommandGateway commands = mock(CommandGateway.class);

	private AggregateTestFixture<PasswordReset> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(PasswordReset.class);
		this.fixture.registerInjectableResource(this.tokens);
		this.fixture.registerInjectableResource(this.commands);
	}

	@Test
	void requestThenEarlierLinksEndAndTheMailIsAskedForWithTheTokenSealed() {
		this.fixture.givenNoPriorActivity()
			.when(new RequestPasswordReset("r-1", "p-1", "t-1", "fay@example.com", "Fay", "en", TOKEN, NOW))
			.expectEvents(requested());
		var order = inOrder(this.tokens);
		order.verify(this.tokens).supersedeForPrincipal(PasswordResetRules.TOKEN_PURPOSE, "p-1", NOW);
		order.verify(this.tokens).store(TOKEN, PasswordResetRules.TOKEN_PURPOSE, "r-1", "p-1", "t-1", NOW);
	}

	@Test
	void completeThenTokenSpentPasswordResetAndEverySessionRevoked() {
		Instant at = NOW.plusSeconds(60);
		this.fixture.given(requested())
			.when(new CompletePasswordReset("r-1", "hash-1", "{argon2}new", List.of("s-1", "s-2"), at))
			.expectEvents(new PasswordResetCompleted("r-1", "p-1", "t-1", 2, at));
		verify(this.tokens).consume("hash-1", PasswordResetRules.TOKEN_PURPOSE, "r-1", at);
		verify(this.commands).sendAndWait(new SetPassword("p-1", "{argon2}new", "reset", "p-1", at));
		verify(this.commands).sendAndWait(new RevokeSession("s-1", "password_reset", "p-1", at));
		verify(this.commands).sendAndWait(new RevokeSession("s-2", "password_reset", "p-1", at));
	}

	@Test
	void completeWhenTokenSpentOrExpiredThenGoneAndNothingChanges() {
		doThrow(new ProblemException(HttpStatus.GONE, "token_expired", "gone")).when(this.tokens)
			.consume(any(), any(), any(), any());

		this.fixture.given(requested())
			.when(new CompletePasswordReset("r-1", "hash-1", "{argon2}new", List.of("s-1"), NOW.plusSeconds(60)))
			.expectException(ProblemException.class)
			.expectNoEvents();
		verifyNoInteractions(this.commands);
	}

	private static PasswordResetRequested requested() {
		return new PasswordResetRequested("r-1", "p-1", "t-1", "fay@example.com", "Fay", "en", "v1.sealed",
				TOKEN.expiresAt(), NOW);
	}

}

package io.castellan.identity.signup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.castellan.identity.signup.command.EmailVerificationRules;
import io.castellan.identity.signup.command.ResendEmailVerification;
import io.castellan.identity.signup.query.EmailVerifications;
import io.castellan.identity.token.QuietRequests;
import io.castellan.identity.token.TokenIssuer;
import io.castellan.schemas.identity.EmailVerificationRequested;
import org.axonframework.commandhandling.gateway.CommandGateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Resends verification links in the background, so the answer is the same {@code 202} at the same speed whether
 * or not the address signed up. At most {@code castellan.signup.resend-limit} links per principal go out within
 * {@code castellan.signup.resend-window} (the signup's own link included); the rest are dropped without a word.
 */
@Component
public class VerificationResends {

	private final QuietRequests quiet;

	private final SignupTenants tenants;

	private final EmailVerifications verifications;

	private final TokenIssuer issuer;

	private final CommandGateway commands;

	private final Clock clock;

	private final int limit;

	private final Duration window;

	VerificationResends(QuietRequests quiet, SignupTenants tenants, EmailVerifications verifications,
			TokenIssuer issuer, CommandGateway commands, Clock clock,
			@Value("${castellan.signup.resend-limit:3}") int limit,
			@Value("${castellan.signup.resend-window:1h}") Duration window) {
		this.quiet = quiet;
		this.tenants = tenants;
		this.verifications = verifications;
		this.issuer = issuer;
		this.commands = commands;
		this.clock = clock;
		this.limit = limit;
		this.window = window;
	}

	public void request(String email, String tenant) {
		this.quiet.run("verification resend", () -> this.tenants.resolve(tenant)
			.ifPresent((tenantId) -> this.verifications.pendingByEmail(tenantId, email).forEach(this::resend)));
	}

	private void resend(String principalId) {
		Instant now = this.clock.instant();
		this.commands.sendAndWait(new ResendEmailVerification(EmailVerificationRules.idOf(principalId),
				this.issuer.issue(EmailVerificationRequested.sealingContext(principalId),
						now.plus(EmailVerificationRules.TOKEN_LIFETIME)),
				this.limit, this.window, now));
	}

}

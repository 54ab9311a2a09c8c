package io.castellan.identity.signup.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.castellan.identity.principal.command.RegisterPrincipal;
import io.castellan.identity.signup.event.EmailVerificationRequested;
import io.castellan.identity.signup.event.EmailVerified;
import io.castellan.identity.signup.event.PrincipalSignedUp;
import io.castellan.identity.token.IssuedToken;
import io.castellan.identity.token.OneTimeTokens;
import io.castellan.platform.axon.UniqueClaims;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static io.castellan.identity.signup.command.EmailVerificationRules.TOKEN_PURPOSE;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The verification of one principal's email, event-sourced. Signing up happens here as a whole: the email claim,
 * the principal's registration (a command to the principal aggregate, handled in this unit of work and so in this
 * transaction), the token and the events commit together or not at all.
 */
@Aggregate
class EmailVerification {

	@AggregateIdentifier
	private String verificationId;

	private String principalId;

	private String tenantId;

	private String email;

	private String name;

	private String locale;

	private boolean verified;

	/** When links were mailed, for the quiet resend limit. */
	private final List<Instant> mailedAt = new ArrayList<>();

	EmailVerification() {
		// for Axon
	}

	@CommandHandler
	EmailVerification(SignUp command, UniqueClaims claims, OneTimeTokens tokens, CommandGateway commands) {
		EmailClaims.claim(claims, command.tenantId(), command.email(), command.principalId());
		commands.sendAndWait(new RegisterPrincipal(command.principalId(), command.tenantId(), "human", command.name(),
				null, command.email(), Map.of(), command.passwordHash(), command.principalId(), command.signedUpAt()));
		String id = EmailVerificationRules.idOf(command.principalId());
		tokens.store(command.token(), TOKEN_PURPOSE, command.principalId(), command.principalId(), command.tenantId(),
				command.signedUpAt());
		apply(new PrincipalSignedUp(id, command.principalId(), command.tenantId(), command.email(), command.locale(),
				command.signedUpAt()));
		apply(requested(id, command.principalId(), command.tenantId(), command.email(), command.name(),
				command.locale(), "signup", command.token(), command.signedUpAt()));
	}

	@CommandHandler
	EmailVerification(RecordVerifiedEmail command) {
		apply(new EmailVerified(EmailVerificationRules.idOf(command.principalId()), command.principalId(),
				command.tenantId(), command.email(), command.method(), command.verifiedAt()));
	}

	@CommandHandler
	void handle(ResendEmailVerification command, OneTimeTokens tokens) {
		Instant since = command.requestedAt().minus(command.window());
		if (this.verified || this.mailedAt.stream().filter(since::isBefore).count() >= command.limit()) {
			return;
		}
		tokens.supersede(TOKEN_PURPOSE, this.principalId, command.requestedAt());
		tokens.store(command.token(), TOKEN_PURPOSE, this.principalId, this.principalId, this.tenantId,
				command.requestedAt());
		apply(requested(this.verificationId, this.principalId, this.tenantId, this.email, this.name, this.locale,
				"resend", command.token(), command.requestedAt()));
	}

	/** A link followed twice, or late, is refused by the token before anything else happens. */
	@CommandHandler
	void handle(VerifyEmail command, OneTimeTokens tokens) {
		tokens.consume(command.tokenHash(), TOKEN_PURPOSE, this.principalId, command.verifiedAt());
		if (!this.verified) {
			apply(new EmailVerified(this.verificationId, this.principalId, this.tenantId, this.email, "link",
					command.verifiedAt()));
		}
	}

	private static EmailVerificationRequested requested(String id, String principalId, String tenantId, String email,
			String name, String locale, String reason, IssuedToken token, Instant at) {
		return new EmailVerificationRequested(id, principalId, tenantId, email, name, locale, reason, token.sealed(),
				token.expiresAt(), at);
	}

	@EventSourcingHandler
	void on(PrincipalSignedUp event) {
		this.verificationId = event.verificationId();
		this.principalId = event.principalId();
		this.tenantId = event.tenantId();
		this.email = event.email();
		this.locale = event.locale();
	}

	@EventSourcingHandler
	void on(EmailVerificationRequested event) {
		this.name = event.name();
		this.mailedAt.add(event.requestedAt());
	}

	@EventSourcingHandler
	void on(EmailVerified event) {
		this.verificationId = event.verificationId();
		this.principalId = event.principalId();
		this.tenantId = event.tenantId();
		this.email = event.email();
		this.verified = true;
	}

}

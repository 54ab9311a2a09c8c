package io.castellan.identity.reset.command;

import io.castellan.identity.principal.command.SetPassword;
import io.castellan.identity.reset.event.PasswordResetCompleted;
import io.castellan.identity.reset.event.PasswordResetRequested;
import io.castellan.identity.session.command.RevokeSession;
import io.castellan.identity.token.OneTimeTokens;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static io.castellan.identity.reset.command.PasswordResetRules.TOKEN_PURPOSE;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One password reset, event-sourced. Completing it sends the new password to the principal and the revocations to
 * its sessions as commands in this unit of work: the token is spent, the password changed and every session ended
 * in one transaction, or none of it.
 */
@Aggregate
class PasswordReset {

	@AggregateIdentifier
	private String resetId;

	private String principalId;

	private String tenantId;

	PasswordReset() {
		// for Axon
	}

	/** A newer link replaces the principal's earlier ones. */
	@CommandHandler
	PasswordReset(RequestPasswordReset command, OneTimeTokens tokens) {
		tokens.supersedeForPrincipal(TOKEN_PURPOSE, command.principalId(), command.requestedAt());
		tokens.store(command.token(), TOKEN_PURPOSE, command.resetId(), command.principalId(), command.tenantId(),
				command.requestedAt());
		apply(new PasswordResetRequested(command.resetId(), command.principalId(), command.tenantId(), command.email(),
				command.name(), command.locale(), command.token().sealed(), command.token().expiresAt(),
				command.requestedAt()));
	}

	@CommandHandler
	void handle(CompletePasswordReset command, OneTimeTokens tokens, CommandGateway commands) {
		tokens.consume(command.tokenHash(), TOKEN_PURPOSE, this.resetId, command.completedAt());
		commands.sendAndWait(new SetPassword(this.principalId, command.passwordHash(), "reset", this.principalId,
				command.completedAt()));
		for (String sessionId : command.sessionIds()) {
			commands.sendAndWait(new RevokeSession(sessionId, "password_reset", this.principalId,
					command.completedAt()));
		}
		apply(new PasswordResetCompleted(this.resetId, this.principalId, this.tenantId, command.sessionIds().size(),
				command.completedAt()));
	}

	@EventSourcingHandler
	void on(PasswordResetRequested event) {
		this.resetId = event.resetId();
		this.principalId = event.principalId();
		this.tenantId = event.tenantId();
	}

}

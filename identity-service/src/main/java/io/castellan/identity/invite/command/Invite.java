package io.castellan.identity.invite.command;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.castellan.identity.invite.event.InviteAccepted;
import io.castellan.identity.invite.event.InviteCreated;
import io.castellan.identity.invite.event.InviteRevoked;
import io.castellan.identity.principal.command.RegisterPrincipal;
import io.castellan.identity.signup.command.EmailClaims;
import io.castellan.identity.signup.command.RecordVerifiedEmail;
import io.castellan.identity.token.OneTimeTokens;
import io.castellan.platform.axon.UniqueClaims;
import io.castellan.platform.web.ProblemException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import org.springframework.http.HttpStatus;

import static io.castellan.identity.invite.command.InviteRules.TOKEN_PURPOSE;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An invitation, event-sourced: pending until accepted, revoked or past its expiry. Accepting registers the
 * principal and records its email as verified through commands handled in this unit of work, so the principal,
 * the spent token and the acceptance commit together.
 */
@Aggregate
class Invite {

	@AggregateIdentifier
	private String inviteId;

	private String tenantId;

	private String email;

	private List<String> roles;

	private Instant expiresAt;

	private boolean accepted;

	private boolean revoked;

	Invite() {
		// for Axon
	}

	@CommandHandler
	Invite(CreateInvite command, OneTimeTokens tokens) {
		tokens.store(command.token(), TOKEN_PURPOSE, command.inviteId(), null, command.tenantId(), command.createdAt());
		apply(new InviteCreated(command.inviteId(), command.tenantId(), command.email(), List.copyOf(command.roles()),
				command.locale(), command.token().sealed(), command.token().expiresAt(), command.createdBy(),
				command.createdAt()));
	}

	/** @throws ProblemException 409 {@code invite_already_accepted} */
	@CommandHandler
	void handle(RevokeInvite command, OneTimeTokens tokens) {
		if (this.accepted) {
			throw alreadyAccepted();
		}
		if (!this.revoked) {
			tokens.supersede(TOKEN_PURPOSE, this.inviteId, command.revokedAt());
			apply(new InviteRevoked(this.inviteId, this.tenantId, command.revokedBy(), command.revokedAt()));
		}
	}

	/**
	 * @throws ProblemException 409 {@code invite_already_accepted}; 410 {@code invite_revoked} or
	 * {@code invite_expired}; 409 {@code principal_email_taken} or {@code principal_name_taken}
	 */
	@CommandHandler
	void handle(AcceptInvite command, UniqueClaims claims, OneTimeTokens tokens, CommandGateway commands) {
		if (this.accepted) {
			throw alreadyAccepted();
		}
		if (this.revoked) {
			throw new ProblemException(HttpStatus.GONE, "invite_revoked", "This invitation was withdrawn.");
		}
		if (!command.acceptedAt().isBefore(this.expiresAt)) {
			throw new ProblemException(HttpStatus.GONE, "invite_expired", "This invitation has expired.");
		}
		tokens.consume(command.tokenHash(), TOKEN_PURPOSE, this.inviteId, command.acceptedAt());
		EmailClaims.claim(claims, this.tenantId, this.email, command.principalId());
		commands.sendAndWait(new RegisterPrincipal(command.principalId(), this.tenantId, "human", command.name(), null,
				this.email, Map.of(), command.passwordHash(), command.principalId(), command.acceptedAt()));
		commands.sendAndWait(new RecordVerifiedEmail(command.principalId(), this.tenantId, this.email, "invite",
				command.acceptedAt()));
		apply(new InviteAccepted(this.inviteId, this.tenantId, command.principalId(), this.email, this.roles,
				command.acceptedAt()));
	}

	static ProblemException alreadyAccepted() {
		return ProblemException.conflict("invite_already_accepted", "This invitation was already accepted.");
	}

	@EventSourcingHandler
	void on(InviteCreated event) {
		this.inviteId = event.inviteId();
		this.tenantId = event.tenantId();
		this.email = event.email();
		this.roles = event.roles();
		this.expiresAt = event.expiresAt();
	}

	@EventSourcingHandler
	void on(InviteRevoked event) {
		this.revoked = true;
	}

	@EventSourcingHandler
	void on(InviteAccepted event) {
		this.accepted = true;
	}

}

package io.castellan.identity.invite.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraw an invitation; revoking a revoked one changes nothing. */
public record RevokeInvite(@TargetAggregateIdentifier String inviteId, String revokedBy, Instant revokedAt) {
}

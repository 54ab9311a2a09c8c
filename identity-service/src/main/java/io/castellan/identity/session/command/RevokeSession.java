package io.castellan.identity.session.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * End a session.
 * @param reason {@code logout}, {@code revoked}, {@code revoked_all}, {@code password_reset}, {@code admin},
 * {@code idle_timeout} or {@code principal_deactivated}
 */
public record RevokeSession(@TargetAggregateIdentifier String sessionId, String reason, String revokedBy,
		Instant revokedAt) {
}

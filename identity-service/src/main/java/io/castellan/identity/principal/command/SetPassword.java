package io.castellan.identity.principal.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Store a new password hash for a principal.
 * @param reason {@code set}, {@code changed} or {@code reset}
 */
public record SetPassword(@TargetAggregateIdentifier String principalId, String passwordHash, String reason,
		String changedBy, Instant changedAt) {

	@Override
	public String toString() {
		return "SetPassword[" + this.principalId + ", " + this.reason + "]";
	}

}

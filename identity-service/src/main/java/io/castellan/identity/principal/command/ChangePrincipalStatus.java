package io.castellan.identity.principal.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Move a principal to {@code active}, {@code suspended} or {@code inactive}. */
public record ChangePrincipalStatus(@TargetAggregateIdentifier String principalId, String status, String changedBy,
		Instant changedAt) {
}

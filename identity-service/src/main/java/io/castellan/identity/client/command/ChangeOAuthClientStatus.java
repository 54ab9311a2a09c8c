package io.castellan.identity.client.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Disable ({@code disabled}) or enable ({@code active}) a client. */
public record ChangeOAuthClientStatus(@TargetAggregateIdentifier String id, String status, String changedBy,
		Instant changedAt) {
}

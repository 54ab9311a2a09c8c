package io.castellan.identity.client.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give a confidential client a new secret (its hash); the old secret stops working in the same transaction. */
public record RotateOAuthClientSecret(@TargetAggregateIdentifier String id, String secretHash, String rotatedBy,
		Instant rotatedAt) {
}

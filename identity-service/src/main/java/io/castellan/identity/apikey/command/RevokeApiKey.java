package io.castellan.identity.apikey.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Revoke an API key. */
public record RevokeApiKey(@TargetAggregateIdentifier String keyId, String revokedBy, Instant revokedAt) {
}

package io.castellan.identity.client.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Delete a client for good; its client_id may be registered again afterwards. */
public record DeleteOAuthClient(@TargetAggregateIdentifier String id, String deletedBy, Instant deletedAt) {
}

package io.castellan.identity.client.command;

import java.time.Instant;

import io.castellan.identity.client.event.OAuthClientSettings;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replace a client's settings; its client_id, type, tenant and secret stay. */
public record UpdateOAuthClient(@TargetAggregateIdentifier String id, OAuthClientSettings settings,
		String updatedBy, Instant updatedAt) {
}

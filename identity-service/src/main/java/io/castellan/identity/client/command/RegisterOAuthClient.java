package io.castellan.identity.client.command;

import java.time.Instant;

import io.castellan.identity.client.event.OAuthClientSettings;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Register a client. Ids, the secret's hash (null for public clients) and the time come from the caller, so the
 * aggregate stays deterministic; the plain secret never reaches the command.
 */
public record RegisterOAuthClient(@TargetAggregateIdentifier String id, String clientId, String tenantId,
		String clientType, OAuthClientSettings settings, String secretHash, String registeredBy,
		Instant registeredAt) {
}

package io.castellan.identity.client.event;

import java.time.Instant;

/**
 * Internal event: a client was registered, active. Carries no secret: its hash is stored beside the event by the
 * command handler. Published as castellan.identity.oauth_client.registered.v1.
 */
public record OAuthClientRegistered(String id, String clientId, String tenantId, String clientType,
		OAuthClientSettings settings, String registeredBy, Instant registeredAt) {
}

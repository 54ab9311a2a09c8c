package io.castellan.identity.client.event;

import java.time.Instant;

/** Internal event: a client's settings were replaced. Published as castellan.identity.oauth_client.updated.v1. */
public record OAuthClientUpdated(String id, String clientId, String tenantId, String clientType,
		OAuthClientSettings settings, String updatedBy, Instant updatedAt) {
}

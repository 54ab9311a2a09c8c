package io.castellan.identity.client.event;

import java.time.Instant;

/**
 * Internal event: a client was deleted; its tokens were revoked and its client_id is free again. Published as
 * castellan.identity.oauth_client.deleted.v1.
 */
public record OAuthClientDeleted(String id, String clientId, String tenantId, String deletedBy, Instant deletedAt) {
}

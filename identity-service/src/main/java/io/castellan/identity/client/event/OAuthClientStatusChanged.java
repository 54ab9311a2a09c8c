package io.castellan.identity.client.event;

import java.time.Instant;

/**
 * Internal event: a client was disabled ({@code status = disabled}: it can no longer authenticate and its tokens
 * were revoked) or enabled again. Published as castellan.identity.oauth_client.status_changed.v1.
 */
public record OAuthClientStatusChanged(String id, String clientId, String tenantId, String status,
		String previousStatus, String changedBy, Instant changedAt) {
}

package io.castellan.schemas.identity;

import java.time.Instant;

import io.castellan.schemas.PublishedEvent;

/**
 * A client was disabled (it can no longer authenticate; its tokens were revoked) or enabled again.
 * Schema: {@code schemas/castellan.identity.oauth_client.status_changed.v1.json}.
 * @param status {@code active} or {@code disabled}
 */
public record OAuthClientStatusChanged(String clientId, String tenantId, String status, String previousStatus,
		Instant changedAt) implements PublishedEvent {

	public static final String TYPE = "castellan.identity.oauth_client.status_changed.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.clientId;
	}

}

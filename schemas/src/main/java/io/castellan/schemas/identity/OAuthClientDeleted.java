package io.castellan.schemas.identity;

import java.time.Instant;

import io.castellan.schemas.PublishedEvent;

/**
 * A client was deleted; its tokens were revoked and its client_id may be registered again.
 * Schema: {@code schemas/castellan.identity.oauth_client.deleted.v1.json}.
 */
public record OAuthClientDeleted(String clientId, String tenantId, Instant deletedAt) implements PublishedEvent {

	public static final String TYPE = "castellan.identity.oauth_client.deleted.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.clientId;
	}

}

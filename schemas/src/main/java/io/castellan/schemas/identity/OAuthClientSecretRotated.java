package io.castellan.schemas.identity;

import java.time.Instant;

import io.castellan.schemas.PublishedEvent;

/**
 * A confidential client got a new secret; the previous one no longer authenticates. The fact only: neither secret
 * nor hash. Schema: {@code schemas/castellan.identity.oauth_client.secret_rotated.v1.json}.
 */
public record OAuthClientSecretRotated(String clientId, String tenantId, Instant rotatedAt) implements PublishedEvent {

	public static final String TYPE = "castellan.identity.oauth_client.secret_rotated.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.clientId;
	}

}

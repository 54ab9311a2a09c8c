package io.castellan.schemas.identity;

import java.time.Instant;

import io.castellan.schemas.PublishedEvent;

/** An API key was revoked. Schema: {@code schemas/castellan.identity.api_key.revoked.v1.json}. */
public record ApiKeyRevoked(String keyId, String ownerId, String tenantId, String revokedBy,
		Instant revokedAt) implements PublishedEvent {

	public static final String TYPE = "castellan.identity.api_key.revoked.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.keyId;
	}

}

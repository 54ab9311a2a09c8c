package io.castellan.schemas.identity;

import java.time.Instant;

import io.castellan.schemas.PublishedEvent;

/** A session was ended early; every service must refuse its tokens at once. Schema: {@code schemas/castellan.identity.session.revoked.v1.json}. */
public record SessionRevoked(String sessionId, String principalId, String tenantId, String reason,
		String revokedBy, Instant revokedAt) implements PublishedEvent {

	public static final String TYPE = "castellan.identity.session.revoked.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.sessionId;
	}

}

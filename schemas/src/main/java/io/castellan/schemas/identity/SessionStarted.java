package io.castellan.schemas.identity;

import java.time.Instant;

import io.castellan.schemas.PublishedEvent;

/** A principal logged in and a session began. Schema: {@code schemas/castellan.identity.session.started.v1.json}. */
public record SessionStarted(String sessionId, String principalId, String tenantId, String ipAddress,
		String userAgent, Instant startedAt) implements PublishedEvent {

	public static final String TYPE = "castellan.identity.session.started.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.sessionId;
	}

}

package io.castellan.schemas.identity;

import java.time.Instant;

import io.castellan.schemas.PublishedEvent;

/** A principal was activated, suspended or deactivated. Schema: {@code schemas/castellan.identity.principal.status_changed.v1.json}. */
public record PrincipalStatusChanged(String principalId, String tenantId, String status, String previousStatus,
		String changedBy, Instant changedAt) implements PublishedEvent {

	public static final String TYPE = "castellan.identity.principal.status_changed.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.principalId;
	}

}

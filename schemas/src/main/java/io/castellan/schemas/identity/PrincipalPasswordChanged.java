package io.castellan.schemas.identity;

import java.time.Instant;

import io.castellan.schemas.PublishedEvent;

/** A principal's password was set, changed or reset; never the password or its hash. Schema: {@code schemas/castellan.identity.principal.password_changed.v1.json}. */
public record PrincipalPasswordChanged(String principalId, String tenantId, String reason, String changedBy,
		Instant changedAt) implements PublishedEvent {

	public static final String TYPE = "castellan.identity.principal.password_changed.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.principalId;
	}

}

package io.castellan.schemas.identity;

import java.time.Instant;
import java.util.Map;

import io.castellan.schemas.PublishedEvent;

/** A principal's name, alias, email or attributes changed; the payload carries the new values. Schema: {@code schemas/castellan.identity.principal.updated.v1.json}. */
public record PrincipalUpdated(String principalId, String tenantId, String name, String alias, String email,
		Map<String, Object> attributes, long version, String updatedBy, Instant updatedAt) implements PublishedEvent {

	public static final String TYPE = "castellan.identity.principal.updated.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.principalId;
	}

}

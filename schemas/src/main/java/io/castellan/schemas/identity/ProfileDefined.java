package io.castellan.schemas.identity;

import java.time.Instant;
import java.util.Map;

import io.castellan.schemas.PublishedEvent;

/** A principal profile was defined. Schema: {@code schemas/castellan.identity.profile.defined.v1.json}. */
public record ProfileDefined(String profileId, String tenantId, String name, String kind, Map<String, Object> schema,
		String definedBy, Instant definedAt) implements PublishedEvent {

	public static final String TYPE = "castellan.identity.profile.defined.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.profileId;
	}

}

package io.castellan.schemas.identity;

import java.time.Instant;
import java.util.Map;

import io.castellan.schemas.PublishedEvent;

/** A profile's schema got a new version. Schema: {@code schemas/castellan.identity.profile.revised.v1.json}. */
public record ProfileRevised(String profileId, String tenantId, int version, Map<String, Object> schema,
		String revisedBy, Instant revisedAt) implements PublishedEvent {

	public static final String TYPE = "castellan.identity.profile.revised.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.profileId;
	}

}

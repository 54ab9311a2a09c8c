package io.castellan.schemas.authz;

import java.util.Map;

import io.castellan.schemas.PublishedEvent;

/**
 * An object's attributes were replaced by a new set. Schema: {@code schemas/castellan.authz.object.updated.v1.json}.
 */
public record ObjectUpdated(String objectId, String tenantId, Map<String, Object> attributes)
		implements PublishedEvent {

	public static final String TYPE = "castellan.authz.object.updated.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.objectId;
	}

}

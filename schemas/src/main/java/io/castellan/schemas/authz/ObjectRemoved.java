package io.castellan.schemas.authz;

import io.castellan.schemas.PublishedEvent;

/**
 * An object was removed from the registry. Schema: {@code schemas/castellan.authz.object.removed.v1.json}.
 */
public record ObjectRemoved(String objectId, String tenantId) implements PublishedEvent {

	public static final String TYPE = "castellan.authz.object.removed.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.objectId;
	}

}

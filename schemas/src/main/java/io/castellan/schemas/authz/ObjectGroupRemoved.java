package io.castellan.schemas.authz;

import io.castellan.schemas.PublishedEvent;

/**
 * An empty object group (no objects, no child groups) was removed.
 * Schema: {@code schemas/castellan.authz.object_group.removed.v1.json}.
 */
public record ObjectGroupRemoved(String groupId, String tenantId) implements PublishedEvent {

	public static final String TYPE = "castellan.authz.object_group.removed.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.groupId;
	}

}

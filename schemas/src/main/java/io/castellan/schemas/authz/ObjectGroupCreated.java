package io.castellan.schemas.authz;

import io.castellan.schemas.PublishedEvent;

/**
 * An object group ("where") was created in a tenant, at the top or under a parent group of the same tenant.
 * Containment grants nothing by itself: blocks with a {@code group*} scope mode do.
 * Schema: {@code schemas/castellan.authz.object_group.created.v1.json}.
 */
public record ObjectGroupCreated(String groupId, String tenantId, String name, String parentGroupId)
		implements PublishedEvent {

	public static final String TYPE = "castellan.authz.object_group.created.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.groupId;
	}

}

package io.castellan.schemas.authz;

import io.castellan.schemas.PublishedEvent;

/**
 * An object group moved under another parent group of its tenant, or to the top ({@code parentGroupId} null); its
 * objects and descendant groups move with it. Schema: {@code schemas/castellan.authz.object_group.moved.v1.json}.
 */
public record ObjectGroupMoved(String groupId, String tenantId, String parentGroupId,
		String previousParentGroupId) implements PublishedEvent {

	public static final String TYPE = "castellan.authz.object_group.moved.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.groupId;
	}

}

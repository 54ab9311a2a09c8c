package io.castellan.schemas.authz;

import io.castellan.schemas.PublishedEvent;

/**
 * An object moved into another object group of its tenant, or out of every group ({@code groupId} null).
 * Schema: {@code schemas/castellan.authz.object.moved.v1.json}.
 */
public record ObjectMoved(String objectId, String tenantId, String groupId, String previousGroupId)
		implements PublishedEvent {

	public static final String TYPE = "castellan.authz.object.moved.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.objectId;
	}

}

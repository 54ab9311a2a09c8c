package io.castellan.schemas.authz;

import io.castellan.schemas.PublishedEvent;

/**
 * A principal group ("who") was created in a tenant, optionally nested under a parent group whose members and
 * assignments it then shares. Schema: {@code schemas/castellan.authz.principal_group.created.v1.json}.
 */
public record PrincipalGroupCreated(String groupId, String tenantId, String name, String parentGroupId)
		implements PublishedEvent {

	public static final String TYPE = "castellan.authz.principal_group.created.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.groupId;
	}

}

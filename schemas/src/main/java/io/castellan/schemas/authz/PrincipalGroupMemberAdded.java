package io.castellan.schemas.authz;

import io.castellan.schemas.PublishedEvent;

/**
 * A principal joined a principal group; it inherits the assignments of the group and of its ancestors.
 * Schema: {@code schemas/castellan.authz.principal_group.member_added.v1.json}.
 */
public record PrincipalGroupMemberAdded(String groupId, String tenantId, String principalId)
		implements PublishedEvent {

	public static final String TYPE = "castellan.authz.principal_group.member_added.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.groupId;
	}

}

package io.castellan.schemas.authz;

import io.castellan.schemas.PublishedEvent;

/**
 * A role was assigned to a principal group in the role's tenant: every member, also of its descendant groups, gets
 * it. Schema: {@code schemas/castellan.authz.role.assigned_to_group.v1.json}.
 */
public record RoleAssignedToGroup(String assignmentId, String roleId, String tenantId, String groupId)
		implements PublishedEvent {

	public static final String TYPE = "castellan.authz.role.assigned_to_group.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.assignmentId;
	}

}

package io.castellan.schemas.authz;

import io.castellan.schemas.PublishedEvent;

/** A role was assigned to a principal in the role's tenant. Schema: {@code schemas/castellan.authz.role.assigned.v1.json}. */
public record RoleAssigned(String assignmentId, String roleId, String tenantId, String principalId)
		implements PublishedEvent {

	public static final String TYPE = "castellan.authz.role.assigned.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.assignmentId;
	}

}

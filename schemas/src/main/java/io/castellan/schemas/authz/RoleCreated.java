package io.castellan.schemas.authz;

import java.util.List;

import io.castellan.schemas.PublishedEvent;

/** A role (a named set of permission blocks) was created in a tenant. Schema: {@code schemas/castellan.authz.role.created.v1.json}. */
public record RoleCreated(String roleId, String tenantId, String name, List<PermissionBlock> blocks)
		implements PublishedEvent {

	public static final String TYPE = "castellan.authz.role.created.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.roleId;
	}

}

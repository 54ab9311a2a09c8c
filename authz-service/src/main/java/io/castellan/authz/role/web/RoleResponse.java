package io.castellan.authz.role.web;

import java.util.List;

import io.castellan.authz.role.event.Block;
import io.castellan.authz.role.query.RoleSummary;

/** A role as the API shows it. */
public record RoleResponse(String id, String tenantId, String name, List<Block> blocks, String consistencyToken) {

	static RoleResponse of(RoleSummary role, String consistencyToken) {
		return new RoleResponse(role.roleId(), role.tenantId(), role.name(), role.blocks(), consistencyToken);
	}

}

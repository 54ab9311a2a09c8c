package io.castellan.authz.role.event;

import java.util.List;

/** Internal event: a role was created in a tenant. Published as castellan.authz.role.created.v1. */
public record RoleCreated(String roleId, String tenantId, String name, List<Block> blocks) {
}

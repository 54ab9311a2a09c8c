package io.castellan.authz.role.query;

import java.util.List;

import io.castellan.authz.role.event.Block;

/** A row of the role read model. */
public record RoleSummary(String roleId, String tenantId, String name, List<Block> blocks) {
}

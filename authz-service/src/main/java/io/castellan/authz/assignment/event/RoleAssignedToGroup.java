package io.castellan.authz.assignment.event;

/** Internal event: a role was given to a principal group. Published as castellan.authz.role.assigned_to_group.v1. */
public record RoleAssignedToGroup(String assignmentId, String roleId, String tenantId, String groupId) {
}

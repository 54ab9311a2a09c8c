package io.castellan.authz.assignment.event;

/** Internal event: a role was given to a principal in the role's tenant. Published as castellan.authz.role.assigned.v1. */
public record RoleAssigned(String assignmentId, String roleId, String tenantId, String principalId) {
}

package io.castellan.authz.assignment.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give a role to a principal group of the role's tenant (checked by the caller). */
public record AssignRoleToGroup(@TargetAggregateIdentifier String assignmentId, String roleId, String tenantId,
		String groupId) {
}

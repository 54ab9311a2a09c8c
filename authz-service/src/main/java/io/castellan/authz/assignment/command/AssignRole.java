package io.castellan.authz.assignment.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give a role to a principal; the tenant must be the role's (checked by the caller against the role). */
public record AssignRole(@TargetAggregateIdentifier String assignmentId, String roleId, String tenantId,
		String principalId) {
}

package io.castellan.authz.group.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Create a principal group; the parent, if any, must be a group of the same tenant (checked by the caller). */
public record CreatePrincipalGroup(@TargetAggregateIdentifier String groupId, String tenantId, String name,
		String parentGroupId) {
}

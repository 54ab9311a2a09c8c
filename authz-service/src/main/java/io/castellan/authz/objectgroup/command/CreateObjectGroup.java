package io.castellan.authz.objectgroup.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Create an object group, at the top or under a parent group of the same tenant. */
public record CreateObjectGroup(@TargetAggregateIdentifier String groupId, String tenantId, String name,
		String parentGroupId) {
}

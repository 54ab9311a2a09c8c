package io.castellan.authz.object.command;

import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register an object in a tenant, optionally inside an object group of the same tenant. */
public record RegisterObject(@TargetAggregateIdentifier String objectId, String tenantId, String type,
		Map<String, Object> attributes, String groupId) {
}

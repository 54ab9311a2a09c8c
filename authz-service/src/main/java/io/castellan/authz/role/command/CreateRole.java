package io.castellan.authz.role.command;

import java.util.List;

import io.castellan.authz.role.event.Block;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Create a role: a named set of permission blocks in a tenant. */
public record CreateRole(@TargetAggregateIdentifier String roleId, String tenantId, String name, List<Block> blocks) {
}

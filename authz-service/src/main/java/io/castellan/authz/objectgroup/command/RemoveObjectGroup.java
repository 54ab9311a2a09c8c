package io.castellan.authz.objectgroup.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Remove an empty group. */
public record RemoveObjectGroup(@TargetAggregateIdentifier String groupId) {
}

package io.castellan.authz.group.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add a principal of the group's tenant to the group. */
public record AddGroupMember(@TargetAggregateIdentifier String groupId, String principalId) {
}

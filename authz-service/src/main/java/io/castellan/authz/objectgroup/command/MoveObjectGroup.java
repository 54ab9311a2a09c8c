package io.castellan.authz.objectgroup.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Put a group under another parent of its tenant, or at the top ({@code parentGroupId} null). */
public record MoveObjectGroup(@TargetAggregateIdentifier String groupId, String parentGroupId) {
}

package io.castellan.authz.object.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Put an object into another group of its tenant, or into none ({@code groupId} null). */
public record MoveObject(@TargetAggregateIdentifier String objectId, String groupId) {
}

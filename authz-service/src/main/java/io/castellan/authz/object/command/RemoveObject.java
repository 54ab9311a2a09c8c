package io.castellan.authz.object.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Remove an object from the registry; its id stays taken. */
public record RemoveObject(@TargetAggregateIdentifier String objectId) {
}

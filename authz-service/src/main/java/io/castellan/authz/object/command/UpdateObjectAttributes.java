package io.castellan.authz.object.command;

import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replace an object's attributes with a new set. */
public record UpdateObjectAttributes(@TargetAggregateIdentifier String objectId, Map<String, Object> attributes) {
}

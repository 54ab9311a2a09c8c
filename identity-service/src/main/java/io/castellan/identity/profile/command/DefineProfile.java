package io.castellan.identity.profile.command;

import java.time.Instant;
import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Define a profile with its first schema (already checked to be a usable JSON Schema). */
public record DefineProfile(@TargetAggregateIdentifier String profileId, String tenantId, String name, String kind,
		Map<String, Object> schema, String definedBy, Instant definedAt) {
}

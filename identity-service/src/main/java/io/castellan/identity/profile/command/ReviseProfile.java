package io.castellan.identity.profile.command;

import java.time.Instant;
import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Publish a new schema version of a profile. */
public record ReviseProfile(@TargetAggregateIdentifier String profileId, Map<String, Object> schema,
		String revisedBy, Instant revisedAt) {
}

package io.castellan.identity.principal.command;

import java.time.Instant;
import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Replace a principal's name, alias, email and attributes.
 * @param expectedVersion the version the caller read (its ETag), or {@code null} to overwrite unconditionally
 */
public record UpdatePrincipal(@TargetAggregateIdentifier String principalId, Long expectedVersion, String name,
		String alias, String email, Map<String, Object> attributes, String updatedBy, Instant updatedAt,
		Integer profileVersion) {
}

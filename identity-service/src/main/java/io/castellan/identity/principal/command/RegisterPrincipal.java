package io.castellan.identity.principal.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a principal in a tenant; id and time come from the caller. */
public record RegisterPrincipal(@TargetAggregateIdentifier String principalId, String tenantId, String kind,
		String name, String email, String registeredBy, Instant registeredAt) {
}

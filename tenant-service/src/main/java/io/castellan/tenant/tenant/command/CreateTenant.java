package io.castellan.tenant.tenant.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Create a tenant; the id and time come from the caller so the aggregate stays deterministic. */
public record CreateTenant(@TargetAggregateIdentifier String tenantId, String name, String alias, String createdBy,
		Instant createdAt) {
}

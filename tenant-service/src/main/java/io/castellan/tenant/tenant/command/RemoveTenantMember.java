package io.castellan.tenant.tenant.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** End a principal's membership of a tenant. */
public record RemoveTenantMember(@TargetAggregateIdentifier String tenantId, String principalId, String removedBy,
		Instant removedAt) {
}

package io.castellan.tenant.tenant.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Make a (global) principal a member of a tenant, so it may log in to it. */
public record AddTenantMember(@TargetAggregateIdentifier String tenantId, String principalId, String addedBy,
		Instant addedAt) {
}

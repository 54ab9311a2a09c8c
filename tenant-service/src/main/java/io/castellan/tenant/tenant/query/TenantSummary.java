package io.castellan.tenant.tenant.query;

import java.time.Instant;

/** A row of the tenant read model. */
public record TenantSummary(String tenantId, String name, String alias, String status, String createdBy,
		Instant createdAt) {
}

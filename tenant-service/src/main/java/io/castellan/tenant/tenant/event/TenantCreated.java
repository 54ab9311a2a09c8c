package io.castellan.tenant.tenant.event;

import java.time.Instant;

/** Internal event-sourcing record: a tenant was created, active. Published as castellan.tenant.tenant.created.v1. */
public record TenantCreated(String tenantId, String name, String alias, String createdBy, Instant createdAt) {
}

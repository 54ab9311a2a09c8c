package io.castellan.tenant.tenant.event;

import java.time.Instant;

/** A principal became a member of a tenant. */
public record TenantMemberAdded(String tenantId, String principalId, String addedBy, Instant addedAt) {
}

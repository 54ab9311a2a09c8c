package io.castellan.tenant.tenant.event;

import java.time.Instant;

/** A principal stopped being a member of a tenant. */
public record TenantMemberRemoved(String tenantId, String principalId, String removedBy, Instant removedAt) {
}

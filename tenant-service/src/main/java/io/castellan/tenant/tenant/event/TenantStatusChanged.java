package io.castellan.tenant.tenant.event;

import java.time.Instant;

/**
 * Internal event: a tenant's status changed by a lifecycle step ({@code transition} in past tense). Published as
 * castellan.tenant.tenant.status_changed.v1.
 */
public record TenantStatusChanged(String tenantId, String transition, String status, String previousStatus,
		String changedBy, Instant changedAt) {
}

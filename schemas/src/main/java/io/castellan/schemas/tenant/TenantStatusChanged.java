package io.castellan.schemas.tenant;

import java.time.Instant;

import io.castellan.schemas.PublishedEvent;

/**
 * A tenant's status changed: {@code transition} names what happened ({@code disabled}, {@code enabled},
 * {@code frozen}, {@code unfrozen}, {@code deleted} or {@code restored}) and {@code status} is the status now.
 * Objects of a tenant that is not {@code active} are denied. Schema:
 * {@code schemas/castellan.tenant.tenant.status_changed.v1.json}.
 */
public record TenantStatusChanged(String tenantId, String transition, String status, String previousStatus,
		String changedBy, Instant changedAt) implements PublishedEvent {

	public static final String TYPE = "castellan.tenant.tenant.status_changed.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.tenantId;
	}

}

package io.castellan.schemas.tenant;

import java.time.Instant;

import io.castellan.schemas.PublishedEvent;

/** A principal's membership of a tenant was removed. Schema: {@code schemas/castellan.tenant.tenant.member_removed.v1.json}. */
public record TenantMemberRemoved(String tenantId, String principalId, String removedBy, Instant removedAt)
		implements PublishedEvent {

	public static final String TYPE = "castellan.tenant.tenant.member_removed.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.principalId;
	}

}

package io.castellan.schemas.tenant;

import java.time.Instant;

import io.castellan.schemas.PublishedEvent;

/** A principal's membership of a tenant was added. Schema: {@code schemas/castellan.tenant.tenant.member_added.v1.json}. */
public record TenantMemberAdded(String tenantId, String principalId, String addedBy, Instant addedAt)
		implements PublishedEvent {

	public static final String TYPE = "castellan.tenant.tenant.member_added.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.principalId;
	}

}

package io.castellan.schemas.tenant;

import java.time.Instant;

import io.castellan.schemas.PublishedEvent;

/** A platform admin created a tenant; it starts {@code active}. Schema: {@code schemas/castellan.tenant.tenant.created.v1.json}. */
public record TenantCreated(String tenantId, String name, String alias, String status, String createdBy,
		Instant createdAt) implements PublishedEvent {

	public static final String TYPE = "castellan.tenant.tenant.created.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.tenantId;
	}

}

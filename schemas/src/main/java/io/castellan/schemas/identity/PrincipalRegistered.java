package io.castellan.schemas.identity;

import java.time.Instant;

import io.castellan.schemas.PublishedEvent;

/**
 * A principal (human, device, service, workload or application) was registered in a tenant.
 * Schema: {@code schemas/castellan.identity.principal.registered.v1.json}.
 */
public record PrincipalRegistered(String principalId, String tenantId, String kind, String name, String email,
		String status, Instant registeredAt) implements PublishedEvent {

	public static final String TYPE = "castellan.identity.principal.registered.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.principalId;
	}

}

package io.castellan.schemas.identity;

import java.time.Instant;
import java.util.Map;

import io.castellan.schemas.PublishedEvent;

/**
 * A principal (human, device, service, workload or application) was registered in a tenant.
 * Schema: {@code schemas/castellan.identity.principal.registered.v1.json}.
 * @param alias optional, unique per tenant ignoring case (added in a compatible revision: may be absent)
 * @param attributes profile attributes (added in a compatible revision: may be absent)
 */
public record PrincipalRegistered(String principalId, String tenantId, String kind, String name, String email,
		String status, Instant registeredAt, String alias, Map<String, Object> attributes) implements PublishedEvent {

	public static final String TYPE = "castellan.identity.principal.registered.v1";

	/** The first revision's shape, without alias and attributes. */
	public PrincipalRegistered(String principalId, String tenantId, String kind, String name, String email,
			String status, Instant registeredAt) {
		this(principalId, tenantId, kind, name, email, status, registeredAt, null, null);
	}

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.principalId;
	}

}

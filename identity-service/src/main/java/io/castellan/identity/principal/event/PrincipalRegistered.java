package io.castellan.identity.principal.event;

import java.time.Instant;
import java.util.Map;

/**
 * A principal was registered. {@code tenantId} is {@code platform} for global humans, who join tenants through
 * memberships. {@code profile} and {@code profileVersion} name the profile schema the attributes satisfied, if
 * any. Never carries a credential: a password given at registration is stored beside the event.
 */
public record PrincipalRegistered(String principalId, String tenantId, String kind, String name, String alias,
		String email, Map<String, Object> attributes, String registeredBy, Instant registeredAt, String profile,
		Integer profileVersion) {
}

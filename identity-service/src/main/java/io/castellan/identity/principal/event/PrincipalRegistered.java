package io.castellan.identity.principal.event;

import java.time.Instant;

/** Internal event: a principal was registered, active. Published as castellan.identity.principal.registered.v1. */
public record PrincipalRegistered(String principalId, String tenantId, String kind, String name, String email,
		String registeredBy, Instant registeredAt) {
}

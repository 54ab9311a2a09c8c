package io.castellan.identity.principal.query;

import java.time.Instant;

/** A row of the principal read model. */
public record PrincipalSummary(String principalId, String tenantId, String kind, String name, String email,
		String status, Instant registeredAt) {
}

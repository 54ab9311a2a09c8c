package io.castellan.identity.principal.event;

import java.time.Instant;

/** A principal was activated, suspended or deactivated. */
public record PrincipalStatusChanged(String principalId, String tenantId, String status, String previousStatus,
		String changedBy, Instant changedAt) {
}

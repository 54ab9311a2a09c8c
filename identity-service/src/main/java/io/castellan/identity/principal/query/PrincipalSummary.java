package io.castellan.identity.principal.query;

import java.time.Instant;
import java.util.Map;

/** A row of the principal read model; {@code version} is the principal's ETag. */
public record PrincipalSummary(String principalId, String tenantId, String kind, String name, String alias,
		String email, Map<String, Object> attributes, String status, long version, Instant registeredAt,
		Instant updatedAt, String profile, Integer profileVersion) {
}

package io.castellan.identity.profile.query;

import java.time.Instant;
import java.util.Map;

/** A profile at its newest version. */
public record ProfileView(String profileId, String tenantId, String name, String kind, int version,
		Map<String, Object> schema, Instant definedAt) {
}

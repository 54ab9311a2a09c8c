package io.castellan.identity.profile.event;

import java.time.Instant;
import java.util.Map;

/** A profile got a new schema version; principals are validated against the newest from now on. */
public record ProfileRevised(String profileId, String tenantId, int version, Map<String, Object> schema,
		String revisedBy, Instant revisedAt) {
}

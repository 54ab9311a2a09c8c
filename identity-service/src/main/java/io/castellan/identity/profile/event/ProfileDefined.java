package io.castellan.identity.profile.event;

import java.time.Instant;
import java.util.Map;

/**
 * A principal profile was defined: a user-defined subtype ({@code water_meter}, {@code gateway}) of one kind,
 * with version 1 of the JSON Schema its principals' attributes must satisfy.
 */
public record ProfileDefined(String profileId, String tenantId, String name, String kind, Map<String, Object> schema,
		String definedBy, Instant definedAt) {
}

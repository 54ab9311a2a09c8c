package io.castellan.authz.index;

import java.util.Map;

/**
 * An object as the index knows it from the published events.
 * @param groupId the object group it sits in directly, or null
 * @param attributes what {@code object.attributes.<path>} conditions read
 */
public record RegisteredObject(String id, String tenantId, String type, String groupId,
		Map<String, Object> attributes) {
}

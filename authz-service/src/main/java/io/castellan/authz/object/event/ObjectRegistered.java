package io.castellan.authz.object.event;

import java.util.Map;

/** Internal event: an object was registered. Published as castellan.authz.object.registered.v1. */
public record ObjectRegistered(String objectId, String tenantId, String type, Map<String, Object> attributes,
		String groupId) {
}

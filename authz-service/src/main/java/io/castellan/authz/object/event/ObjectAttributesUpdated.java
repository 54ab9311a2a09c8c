package io.castellan.authz.object.event;

import java.util.Map;

/** Internal event: an object's attributes were replaced. Published as castellan.authz.object.updated.v1. */
public record ObjectAttributesUpdated(String objectId, String tenantId, Map<String, Object> attributes) {
}

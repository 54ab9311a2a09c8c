package io.castellan.authz.object.event;

/** Internal event: an object was removed. Published as castellan.authz.object.removed.v1. */
public record ObjectRemoved(String objectId, String tenantId) {
}

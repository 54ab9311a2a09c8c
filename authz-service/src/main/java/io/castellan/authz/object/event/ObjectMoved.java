package io.castellan.authz.object.event;

/** Internal event: an object moved to another group (or none). Published as castellan.authz.object.moved.v1. */
public record ObjectMoved(String objectId, String tenantId, String groupId, String previousGroupId) {
}

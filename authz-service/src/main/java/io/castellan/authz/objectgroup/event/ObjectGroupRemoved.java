package io.castellan.authz.objectgroup.event;

/** Internal event: an empty object group was removed. Published as castellan.authz.object_group.removed.v1. */
public record ObjectGroupRemoved(String groupId, String tenantId) {
}

package io.castellan.authz.objectgroup.event;

/** Internal event: an object group was created. Published as castellan.authz.object_group.created.v1. */
public record ObjectGroupCreated(String groupId, String tenantId, String name, String parentGroupId) {
}

package io.castellan.authz.objectgroup.event;

/** Internal event: an object group got another parent (or none). Published as object_group.moved.v1. */
public record ObjectGroupMoved(String groupId, String tenantId, String parentGroupId, String previousParentGroupId) {
}

package io.castellan.authz.group.event;

/** Internal event: a principal joined a group. Published as principal_group.member_added.v1. */
public record GroupMemberAdded(String groupId, String tenantId, String principalId) {
}

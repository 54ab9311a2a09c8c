package io.castellan.authz.group.event;

/** Internal event: a principal group was created, under a parent or at the top. Published as principal_group.created.v1. */
public record PrincipalGroupCreated(String groupId, String tenantId, String name, String parentGroupId) {
}

package io.castellan.authz.group.query;

/** A row of the principal group read model. */
public record PrincipalGroupSummary(String groupId, String tenantId, String name, String parentGroupId) {
}

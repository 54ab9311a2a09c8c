package io.castellan.authz.index;

/** An object group as the index knows it from the published events; {@code parentGroupId} null at the top. */
public record RegisteredObjectGroup(String id, String tenantId, String name, String parentGroupId) {
}

package io.castellan.authz.objectgroup.web;

import jakarta.validation.constraints.Size;

/** Body of {@code PUT /api/authz/object-groups/{id}/parent}: the new parent group, or null for the top. */
public record ParentGroupRequest(@Size(max = 128) String parentGroupId) {
}

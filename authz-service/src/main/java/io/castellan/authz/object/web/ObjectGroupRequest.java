package io.castellan.authz.object.web;

import jakarta.validation.constraints.Size;

/** Body of {@code PUT /api/authz/objects/{id}/group}: the object group to sit in, or null for none. */
public record ObjectGroupRequest(@Size(max = 128) String groupId) {
}

package io.castellan.authz.group.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/authz/principal-groups}; {@code parentGroupId} nests it under a group of the same tenant. */
public record CreatePrincipalGroupRequest(@NotBlank @Size(max = 64) String tenantId,
		@NotBlank @Size(max = 200) String name, @Size(max = 64) String parentGroupId) {
}

package io.castellan.authz.assignment.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/authz/role-assignments}: the role goes to a principal or to a principal group, one of them. */
public record AssignRoleRequest(@NotBlank @Size(max = 64) String tenantId, @NotBlank @Size(max = 64) String roleId,
		@Size(max = 64) String principalId, @Size(max = 64) String groupId) {
}

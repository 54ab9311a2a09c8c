package io.castellan.authz.assignment.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/authz/role-assignments}. */
public record AssignRoleRequest(@NotBlank @Size(max = 64) String tenantId, @NotBlank @Size(max = 64) String roleId,
		@NotBlank @Size(max = 64) String principalId) {
}

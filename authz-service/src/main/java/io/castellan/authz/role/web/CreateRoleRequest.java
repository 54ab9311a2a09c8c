package io.castellan.authz.role.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/authz/roles}. */
public record CreateRoleRequest(@NotBlank @Size(max = 64) String tenantId, @NotBlank @Size(max = 200) String name,
		@NotEmpty @Size(max = 100) List<@Valid BlockRequest> blocks) {
}

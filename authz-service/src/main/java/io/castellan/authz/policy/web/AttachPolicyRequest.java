package io.castellan.authz.policy.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import io.castellan.authz.role.web.BlockRequest;

/** Body of {@code POST /api/authz/policies}: one block for a principal or a principal group, one of them. */
public record AttachPolicyRequest(@NotBlank @Size(max = 64) String tenantId, @Size(max = 64) String principalId,
		@Size(max = 64) String groupId, @NotNull @Valid BlockRequest block) {
}

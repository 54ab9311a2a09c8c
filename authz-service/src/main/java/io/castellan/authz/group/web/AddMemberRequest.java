package io.castellan.authz.group.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/authz/principal-groups/{id}/members}. */
public record AddMemberRequest(@NotBlank @Size(max = 64) String principalId) {
}

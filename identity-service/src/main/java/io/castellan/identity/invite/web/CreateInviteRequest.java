package io.castellan.identity.invite.web;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/invites}.
 * @param tenantId the tenant the invitee joins ({@code platform}: a global human with platform roles)
 * @param roles authz-service role ids of that tenant, at least one
 * @param expiresInDays 1-30, default 7
 * @param locale optional language of the invitation mail; English when absent
 */
public record CreateInviteRequest(@NotBlank @Email @Size(max = 254) String email,
		@NotBlank @Size(max = 64) String tenantId,
		@NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 128) String> roles,
		@Min(1) @Max(30) Integer expiresInDays,
		@Size(max = 35) @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}") String locale) {
}

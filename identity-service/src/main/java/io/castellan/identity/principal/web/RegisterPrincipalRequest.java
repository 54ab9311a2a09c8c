package io.castellan.identity.principal.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/principals}.
 * @param tenantId the owning tenant
 * @param kind {@code human}, {@code device}, {@code service}, {@code workload} or {@code application}
 * @param name unique within the tenant, 1-200 characters
 * @param email optional; a welcome email goes to it
 */
public record RegisterPrincipalRequest(@NotBlank @Size(max = 64) String tenantId,
		@NotBlank @Pattern(regexp = "human|device|service|workload|application",
				message = "must be one of human, device, service, workload, application") String kind,
		@NotBlank @Size(max = 200) String name, @Email @Size(max = 320) String email) {
}

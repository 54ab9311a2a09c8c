package io.castellan.tenant.tenant.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/tenants}.
 * @param name display name, 1-200 characters
 * @param alias URL-safe slug, unique ignoring case: {@code ^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$}, not UUID-shaped
 */
public record CreateTenantRequest(@NotBlank @Size(max = 200) String name,
		@NotBlank @Pattern(regexp = "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$",
				message = "must be 1-63 lower-case letters, digits or inner hyphens") String alias) {
}

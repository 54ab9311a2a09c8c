package io.castellan.identity.principal.web;

import java.util.Map;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/principals}.
 * @param tenantId the owning tenant; omitted for a global human, who joins tenants through memberships
 * @param kind {@code human}, {@code device}, {@code service}, {@code workload} or {@code application}; may be
 * omitted when a profile is given, whose kind it then is
 * @param name unique within the tenant, 1-200 characters
 * @param alias optional, unique within the tenant ignoring case, DNS-label shaped and not a UUID
 * @param email optional; a welcome email goes to it
 * @param attributes optional profile attributes, a JSON object of at most 16 KiB
 * @param password optional; checked against the tenant's password policy and the breach list
 * @param profile optional profile name ({@code water_meter}): the attributes must satisfy its newest schema
 */
public record RegisterPrincipalRequest(@Size(max = 64) String tenantId,
		@Pattern(regexp = "human|device|service|workload|application",
				message = "must be one of human, device, service, workload, application") String kind,
		@NotBlank @Size(max = 200) String name, @Size(max = 63) String alias, @Email @Size(max = 320) String email,
		Map<String, Object> attributes, @Size(max = 1024) String password, @Size(max = 100) String profile) {

	@Override
	public String toString() {
		return "RegisterPrincipalRequest[" + this.tenantId + ", " + this.kind + ", " + this.name + "]";
	}

}

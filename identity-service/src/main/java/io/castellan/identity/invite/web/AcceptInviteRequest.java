package io.castellan.identity.invite.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/invites/accept}.
 * @param token from the invitation link
 * @param name the new principal's name, unique in the tenant
 * @param password checked against the tenant's password policy and the breach list
 */
public record AcceptInviteRequest(@NotBlank @Size(max = 128) String token, @NotBlank @Size(max = 200) String name,
		@NotNull @Size(max = 1024) String password) {

	@Override
	public String toString() {
		return "AcceptInviteRequest[" + this.name + "]";
	}

}

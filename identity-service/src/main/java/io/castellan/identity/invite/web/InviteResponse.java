package io.castellan.identity.invite.web;

import java.time.Instant;
import java.util.List;

import io.castellan.identity.invite.query.InviteView;

/**
 * An invitation as the API shows it; never its token, which only the invitation mail carries.
 * @param status {@code pending}, {@code accepted}, {@code revoked} or {@code expired}
 * @param principalId the principal created on acceptance
 */
public record InviteResponse(String id, String tenantId, String email, List<String> roles, String locale,
		String status, Instant expiresAt, String createdBy, Instant createdAt, String principalId, Instant acceptedAt,
		Instant revokedAt, String consistencyToken) {

	static InviteResponse of(InviteView invite, Instant now, String consistencyToken) {
		return new InviteResponse(invite.inviteId(), invite.tenantId(), invite.email(), invite.roles(),
				invite.locale(), invite.statusAt(now), invite.expiresAt(), invite.createdBy(), invite.createdAt(),
				invite.principalId(), invite.acceptedAt(), invite.revokedAt(), consistencyToken);
	}

}

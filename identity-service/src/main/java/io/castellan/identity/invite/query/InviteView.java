package io.castellan.identity.invite.query;

import java.time.Instant;
import java.util.List;

/**
 * An invitation as administrators see it.
 * @param status {@code pending}, {@code accepted} or {@code revoked} as stored; see {@link #statusAt(Instant)}
 */
public record InviteView(String inviteId, String tenantId, String email, List<String> roles, String locale,
		String status, Instant expiresAt, String createdBy, Instant createdAt, String principalId, Instant acceptedAt,
		String revokedBy, Instant revokedAt) {

	/** The status at a time: a pending invitation past its expiry is {@code expired}. */
	public String statusAt(Instant now) {
		return (this.status.equals("pending") && !now.isBefore(this.expiresAt)) ? "expired" : this.status;
	}

}

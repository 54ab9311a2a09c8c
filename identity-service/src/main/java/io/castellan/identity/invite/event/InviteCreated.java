package io.castellan.identity.invite.event;

import java.time.Instant;
import java.util.List;

/** An invitation was made; the token travels only sealed, its hash lives in {@code one_time_token}. */
public record InviteCreated(String inviteId, String tenantId, String email, List<String> roles, String locale,
		String sealedToken, Instant expiresAt, String createdBy, Instant createdAt) {

	@Override
	public String toString() {
		return "InviteCreated[" + this.inviteId + " in " + this.tenantId + "]";
	}

}

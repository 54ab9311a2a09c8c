package io.castellan.identity.reset.event;

import java.time.Instant;

/** A reset link is to be mailed; the token travels only sealed, its hash lives in {@code one_time_token}. */
public record PasswordResetRequested(String resetId, String principalId, String tenantId, String email, String name,
		String locale, String sealedToken, Instant expiresAt, Instant requestedAt) {

	@Override
	public String toString() {
		return "PasswordResetRequested[" + this.resetId + " for " + this.principalId + "]";
	}

}

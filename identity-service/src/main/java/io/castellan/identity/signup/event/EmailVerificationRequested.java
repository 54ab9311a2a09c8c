package io.castellan.identity.signup.event;

import java.time.Instant;

/**
 * A verification link is to be mailed. Carries the token only sealed for the mail sender; its hash lives in
 * {@code one_time_token}, written in the same transaction.
 * @param reason {@code signup} or {@code resend}
 */
public record EmailVerificationRequested(String verificationId, String principalId, String tenantId, String email,
		String name, String locale, String reason, String sealedToken, Instant expiresAt, Instant requestedAt) {

	@Override
	public String toString() {
		return "EmailVerificationRequested[" + this.principalId + ", " + this.reason + "]";
	}

}

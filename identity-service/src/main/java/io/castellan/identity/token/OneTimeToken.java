package io.castellan.identity.token;

import java.time.Instant;

/**
 * A stored token, without its hash.
 * @param subjectId what the token is for: the principal (verification), the reset or the invitation
 */
public record OneTimeToken(String purpose, String subjectId, String principalId, String tenantId, Instant createdAt,
		Instant expiresAt, Instant usedAt) {

	/** Whether it can still be used at {@code now}. */
	public boolean usable(Instant now) {
		return this.usedAt == null && now.isBefore(this.expiresAt);
	}

}

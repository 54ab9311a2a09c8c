package io.castellan.identity.signup.command;

import java.time.Instant;

/**
 * Record an email that was verified another way, for a principal that had no verification yet.
 * @param method {@code invite}: the principal accepted an invitation sent to that address
 */
public record RecordVerifiedEmail(String principalId, String tenantId, String email, String method,
		Instant verifiedAt) {
}

package io.castellan.identity.reset.event;

import java.time.Instant;

/** A reset link set a new password; {@code sessionsRevoked} sessions were revoked with it. */
public record PasswordResetCompleted(String resetId, String principalId, String tenantId, int sessionsRevoked,
		Instant completedAt) {
}

package io.castellan.identity.session.event;

import java.time.Instant;

/** A session ended early; its tokens must be refused everywhere from now on. */
public record SessionRevoked(String sessionId, String principalId, String tenantId, String reason, String revokedBy,
		Instant revokedAt) {
}

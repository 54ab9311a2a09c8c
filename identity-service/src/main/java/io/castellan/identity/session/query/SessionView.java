package io.castellan.identity.session.query;

import java.time.Instant;

/** A session as its owner sees it. */
public record SessionView(String sessionId, String principalId, String tenantId, String stage, String ipAddress,
		String userAgent, Instant startedAt, Instant lastSeenAt, Instant revokedAt, String revokeReason) {

	public boolean active() {
		return this.revokedAt == null;
	}

}

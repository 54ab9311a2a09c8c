package io.castellan.identity.session.event;

import java.time.Instant;

/**
 * A login succeeded and a session began. {@code stage} is {@code complete}, or {@code partial} while a second
 * factor is awaited: a partial session can do nothing but complete that factor.
 */
public record SessionStarted(String sessionId, String principalId, String tenantId, String stage, String ipAddress,
		String userAgent, Instant startedAt) {
}

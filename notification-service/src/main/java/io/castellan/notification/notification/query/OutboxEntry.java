package io.castellan.notification.notification.query;

import java.time.Instant;
import java.util.Map;

/**
 * A row of the outbox read model.
 * @param status {@code queued} (waiting for its next attempt), {@code sent} or {@code dead} (attempts exhausted)
 * @param attempts delivery attempts so far, across retries
 * @param nextAttemptAt when a queued notification is due; null once sent or dead
 */
public record OutboxEntry(String id, String tenantId, String principalId, String channel, String recipient,
		String template, String locale, Map<String, String> parameters, String status, int attempts,
		Instant nextAttemptAt, String lastError, Instant createdAt, Instant updatedAt, Instant sentAt) {

	public static final String QUEUED = "queued";

	public static final String SENT = "sent";

	public static final String DEAD = "dead";

}

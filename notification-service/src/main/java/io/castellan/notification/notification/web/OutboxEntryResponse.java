package io.castellan.notification.notification.web;

import java.time.Instant;

import io.castellan.notification.notification.query.OutboxEntry;

/**
 * A notification in the outbox as administrators see it. The template parameters are not shown.
 * @param status {@code queued}, {@code sent} or {@code dead}
 * @param attempts delivery attempts so far, across retries
 * @param nextAttemptAt when a queued notification is next tried; null once sent or dead
 * @param lastError why the latest failed attempt failed
 */
public record OutboxEntryResponse(String id, String tenantId, String principalId, String channel, String recipient,
		String template, String locale, String status, int attempts, Instant nextAttemptAt, String lastError,
		Instant createdAt, Instant updatedAt, Instant sentAt) {

	static OutboxEntryResponse of(OutboxEntry entry) {
		return new OutboxEntryResponse(entry.id(), entry.tenantId(), entry.principalId(), entry.channel(),
				entry.recipient(), entry.template(), entry.locale(), entry.status(), entry.attempts(),
				entry.nextAttemptAt(), entry.lastError(), entry.createdAt(), entry.updatedAt(), entry.sentAt());
	}

}

package io.castellan.schemas.notification;

import java.time.Instant;

import io.castellan.schemas.PublishedEvent;

/**
 * An administrator put a dead notification back in the outbox, due at once with a fresh round of retries.
 * Schema: {@code schemas/castellan.notification.notification.requeued.v1.json}.
 */
public record NotificationRequeued(String notificationId, String tenantId, String requestedBy, Instant requestedAt)
		implements PublishedEvent {

	public static final String TYPE = "castellan.notification.notification.requeued.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.notificationId;
	}

}

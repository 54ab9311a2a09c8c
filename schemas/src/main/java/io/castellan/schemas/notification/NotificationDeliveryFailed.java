package io.castellan.schemas.notification;

import java.time.Instant;

import io.castellan.schemas.PublishedEvent;

/**
 * One delivery attempt failed. {@code nextAttemptAt} is null when the notification is dead (attempts exhausted).
 * Schema: {@code schemas/castellan.notification.notification.delivery_failed.v1.json}.
 */
public record NotificationDeliveryFailed(String notificationId, String tenantId, int attempt, String error,
		Instant nextAttemptAt) implements PublishedEvent {

	public static final String TYPE = "castellan.notification.notification.delivery_failed.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.notificationId;
	}

}

package io.castellan.schemas.notification;

import io.castellan.schemas.PublishedEvent;

/** The outbox delivered a notification. Schema: {@code schemas/castellan.notification.notification.delivered.v1.json}. */
public record NotificationDelivered(String notificationId, String tenantId, int attempt) implements PublishedEvent {

	public static final String TYPE = "castellan.notification.notification.delivered.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.notificationId;
	}

}

package io.castellan.schemas.notification;

import io.castellan.schemas.PublishedEvent;

/**
 * A notification was accepted into the durable outbox. The recipient address is not published (personal data);
 * {@code principalId} names whom it is for. Schema: {@code schemas/castellan.notification.notification.queued.v1.json}.
 */
public record NotificationQueued(String notificationId, String tenantId, String principalId, String channel,
		String template, String locale, String sourceEventId) implements PublishedEvent {

	public static final String TYPE = "castellan.notification.notification.queued.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.notificationId;
	}

}

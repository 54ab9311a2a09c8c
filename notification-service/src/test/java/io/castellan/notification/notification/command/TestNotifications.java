package io.castellan.notification.notification.command;

import java.time.Instant;
import java.util.Map;

import io.castellan.notification.notification.event.NotificationDeliveryFailed;
import io.castellan.notification.notification.event.NotificationQueued;

/** Notification commands and events for aggregate tests. */
final class TestNotifications {

	static final String ID = "n-1";

	static final String TENANT = "t-1";

	static final Instant QUEUED_AT = Instant.parse("2026-11-22T10:00:00Z");

	private TestNotifications() {
	}

	/** A welcome mail for Alice, in the given locale. */
	static QueueNotification queue(String locale) {
		return new QueueNotification(ID, TENANT, "p-1", "alice@example.com", "welcome", locale,
				Map.of("name", "Alice"), "e-1", QUEUED_AT);
	}

	/** The event of {@code queue("en")}. */
	static NotificationQueued queued() {
		return new NotificationQueued(ID, TENANT, "p-1", Notification.EMAIL, "alice@example.com", "welcome", "en",
				Map.of("name", "Alice"), "e-1", QUEUED_AT);
	}

	/** Attempt {@code attempt} failed at the given time and will be retried at {@code next} (null: dead). */
	static NotificationDeliveryFailed failed(int attempt, Instant at, Instant next) {
		return new NotificationDeliveryFailed(ID, TENANT, attempt, "connection refused", at, next);
	}

}

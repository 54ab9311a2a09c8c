package io.castellan.notification.notification.event;

import java.time.Instant;

/**
 * Internal event: an attempt failed. {@code nextAttemptAt} is null when no attempt is left: the notification is
 * dead. Published as castellan.notification.notification.delivery_failed.v1.
 */
public record NotificationDeliveryFailed(String notificationId, String tenantId, int attempt, String error,
		Instant failedAt, Instant nextAttemptAt) {
}

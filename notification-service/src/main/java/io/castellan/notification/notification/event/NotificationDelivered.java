package io.castellan.notification.notification.event;

import java.time.Instant;

/**
 * Internal event: an attempt delivered the notification. Published as
 * castellan.notification.notification.delivered.v1.
 */
public record NotificationDelivered(String notificationId, String tenantId, int attempt, Instant deliveredAt) {
}

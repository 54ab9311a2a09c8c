package io.castellan.notification.notification.event;

import java.time.Instant;

/**
 * Internal event: an administrator put a dead notification back in the outbox, due at once, with a fresh round of
 * retries. Published as
 * castellan.notification.notification.requeued.v1.
 */
public record NotificationRequeued(String notificationId, String tenantId, String requestedBy, Instant requestedAt) {
}

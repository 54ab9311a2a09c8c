package io.castellan.notification.notification.query;

import java.time.Instant;

/**
 * One delivery attempt of a notification.
 * @param outcome {@code delivered} or {@code failed}
 * @param error why it failed, for failed attempts
 */
public record DeliveryAttempt(int attempt, String outcome, String error, Instant attemptedAt) {
}

package io.castellan.notification.notification.web;

import java.util.List;

import io.castellan.notification.notification.query.DeliveryAttempt;

/** A notification with the log of its delivery attempts, oldest first. */
public record OutboxEntryDetails(OutboxEntryResponse notification, List<DeliveryAttempt> deliveryAttempts) {
}

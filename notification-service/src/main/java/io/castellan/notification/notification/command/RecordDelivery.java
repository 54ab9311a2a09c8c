package io.castellan.notification.notification.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that attempt number {@code attempt} delivered the notification. */
public record RecordDelivery(@TargetAggregateIdentifier String notificationId, int attempt, Instant deliveredAt) {
}

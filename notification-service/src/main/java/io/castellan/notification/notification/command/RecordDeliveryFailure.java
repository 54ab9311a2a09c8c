package io.castellan.notification.notification.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that attempt number {@code attempt} failed; the retry schedule decides what happens next. */
public record RecordDeliveryFailure(@TargetAggregateIdentifier String notificationId, int attempt, String error,
		Instant failedAt) {
}

package io.castellan.notification.notification.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Put a dead notification back in the outbox. */
public record RetryNotification(@TargetAggregateIdentifier String notificationId, String requestedBy,
		Instant requestedAt) {
}

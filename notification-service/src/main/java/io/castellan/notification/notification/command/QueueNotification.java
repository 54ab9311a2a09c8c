package io.castellan.notification.notification.command;

import java.time.Instant;
import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Put a notification in the outbox. The id comes from the caller, derived from what caused it when there is such a
 * thing, so the same cause can never queue it twice.
 * @param locale the wanted locale; the template's fallback decides the one used
 * @param parameters values of the template's placeholders
 * @param sourceEventId the event that caused it, if any
 */
public record QueueNotification(@TargetAggregateIdentifier String notificationId, String tenantId,
		String principalId, String recipient, String template, String locale, Map<String, String> parameters,
		String sourceEventId, Instant queuedAt) {
}

package io.castellan.notification.notification.event;

import java.time.Instant;
import java.util.Map;

/**
 * Internal event: a notification entered the outbox, due at once. The recipient and parameters are personal data
 * and stay inside the service. Published (without them) as castellan.notification.notification.queued.v1.
 * @param locale the locale of the template chosen, after fallback: fixed for every attempt
 */
public record NotificationQueued(String notificationId, String tenantId, String principalId, String channel,
		String recipient, String template, String locale, Map<String, String> parameters, String sourceEventId,
		Instant queuedAt) {
}

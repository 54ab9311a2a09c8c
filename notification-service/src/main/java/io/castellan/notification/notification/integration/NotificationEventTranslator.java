package io.castellan.notification.notification.integration;

import java.util.Optional;

import io.castellan.notification.notification.event.NotificationDelivered;
import io.castellan.notification.notification.event.NotificationDeliveryFailed;
import io.castellan.notification.notification.event.NotificationQueued;
import io.castellan.notification.notification.event.NotificationRequeued;
import io.castellan.platform.axon.IntegrationEventTranslator;
import io.castellan.schemas.PublishedEvent;

import org.springframework.stereotype.Component;

/**
 * Internal notification events to the published contracts. The recipient address and the template parameters are
 * personal data and are never published; consumers learn whom a notification is for from {@code principalId}.
 */
@Component
class NotificationEventTranslator implements IntegrationEventTranslator {

	@Override
	public Optional<PublishedEvent> translate(Object internalEvent) {
		return Optional.ofNullable(switch (internalEvent) {
			case NotificationQueued queued -> new io.castellan.schemas.notification.NotificationQueued(
					queued.notificationId(), queued.tenantId(), queued.principalId(), queued.channel(),
					queued.template(), queued.locale(), queued.sourceEventId());
			case NotificationDelivered delivered -> new io.castellan.schemas.notification.NotificationDelivered(
					delivered.notificationId(), delivered.tenantId(), delivered.attempt());
			case NotificationDeliveryFailed failed -> new io.castellan.schemas.notification.NotificationDeliveryFailed(
					failed.notificationId(), failed.tenantId(), failed.attempt(), failed.error(),
					failed.nextAttemptAt());
			case NotificationRequeued requeued -> new io.castellan.schemas.notification.NotificationRequeued(
					requeued.notificationId(), requeued.tenantId(), requeued.requestedBy(), requeued.requestedAt());
			default -> null;
		});
	}

}

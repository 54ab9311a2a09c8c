package io.castellan.notification.notification.query;

import java.sql.Timestamp;
import java.time.Instant;

import io.castellan.notification.notification.event.NotificationDelivered;
import io.castellan.notification.notification.event.NotificationDeliveryFailed;
import io.castellan.notification.notification.event.NotificationQueued;
import io.castellan.notification.notification.event.NotificationRequeued;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code notification_outbox_v1} and {@code notification_attempt_v1} in step with the events, in the
 * command's own transaction: the dispatcher's lock on a row and the outcome it records commit together.
 */
@Component
@ProcessingGroup("notification-outbox")
class OutboxProjection {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	OutboxProjection(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@EventHandler
	void on(NotificationQueued event) {
		this.jdbc.sql("""
				insert into notification_outbox_v1 (id, tenant_id, principal_id, channel, recipient, template, locale,
				    parameters, status, attempts, next_attempt_at, created_at, updated_at)
				values (:id, :tenantId, :principalId, :channel, :recipient, :template, :locale,
				    cast(:parameters as jsonb), 'queued', 0, :queuedAt, :queuedAt, :queuedAt)
				on conflict (id) do nothing""")
			.param("id", event.notificationId())
			.param("tenantId", event.tenantId())
			.param("principalId", event.principalId())
			.param("channel", event.channel())
			.param("recipient", event.recipient())
			.param("template", event.template())
			.param("locale", event.locale())
			.param("parameters", this.json.writeValueAsString(event.parameters()))
			.param("queuedAt", time(event.queuedAt()))
			.update();
	}

	@EventHandler
	void on(NotificationDelivered event) {
		this.jdbc.sql("""
				update notification_outbox_v1 set status = 'sent', attempts = :attempt, next_attempt_at = null,
				    sent_at = :at, updated_at = :at
				where id = :id""")
			.param("id", event.notificationId())
			.param("attempt", event.attempt())
			.param("at", time(event.deliveredAt()))
			.update();
		attempt(event.notificationId(), event.attempt(), "delivered", null, event.deliveredAt());
	}

	@EventHandler
	void on(NotificationDeliveryFailed event) {
		this.jdbc.sql("""
				update notification_outbox_v1 set status = :status, attempts = :attempt, next_attempt_at = :next,
				    last_error = :error, updated_at = :at
				where id = :id""")
			.param("id", event.notificationId())
			.param("status", (event.nextAttemptAt() != null) ? OutboxEntry.QUEUED : OutboxEntry.DEAD)
			.param("attempt", event.attempt())
			.param("next", time(event.nextAttemptAt()))
			.param("error", event.error())
			.param("at", time(event.failedAt()))
			.update();
		attempt(event.notificationId(), event.attempt(), "failed", event.error(), event.failedAt());
	}

	@EventHandler
	void on(NotificationRequeued event) {
		this.jdbc.sql("""
				update notification_outbox_v1 set status = 'queued', next_attempt_at = :at, updated_at = :at
				where id = :id""")
			.param("id", event.notificationId())
			.param("at", time(event.requestedAt()))
			.update();
	}

	private void attempt(String notificationId, int attempt, String outcome, String error, Instant at) {
		this.jdbc.sql("""
				insert into notification_attempt_v1 (notification_id, attempt, outcome, error, attempted_at)
				values (:id, :attempt, :outcome, :error, :at)
				on conflict do nothing""")
			.param("id", notificationId)
			.param("attempt", attempt)
			.param("outcome", outcome)
			.param("error", error)
			.param("at", time(at))
			.update();
	}

	private static Timestamp time(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}

package io.castellan.notification.notification.command;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.castellan.notification.notification.event.NotificationDelivered;
import io.castellan.notification.notification.event.NotificationDeliveryFailed;
import io.castellan.notification.notification.event.NotificationQueued;
import io.castellan.notification.notification.event.NotificationRequeued;
import io.castellan.notification.template.NotificationTemplate;
import io.castellan.notification.template.NotificationTemplates;
import io.castellan.notification.template.SealedParameters;
import io.castellan.platform.web.ProblemException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import org.springframework.http.HttpStatus;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A notification in the outbox, event-sourced: queued, then delivered, or failed and retried on the
 * {@link RetrySchedule} until it is delivered or dead; an administrator can requeue a dead one for a fresh round.
 * Attempts are numbered across rounds, and each outcome names its attempt, so a stale or repeated outcome is
 * refused instead of counted twice.
 */
@Aggregate
class Notification {

	static final String EMAIL = "email";

	@AggregateIdentifier
	private String notificationId;

	private String tenantId;

	private Status status;

	private int attempts;

	private int attemptsThisRound;

	Notification() {
		// for Axon
	}

	@CommandHandler
	Notification(QueueNotification command, NotificationTemplates templates) {
		// Validated here, once: a queued notification is always renderable (unless a template is later removed).
		NotificationTemplate template = templates.find(command.template(), command.locale())
			.orElseThrow(() -> new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "notification_template_unknown",
					"No template '" + command.template() + "'."));
		Map<String, String> parameters = (command.parameters() != null) ? command.parameters() : Map.of();
		Set<String> missing = new LinkedHashSet<>(template.placeholders());
		missing.removeAll(SealedParameters.names(parameters.keySet()));
		if (!missing.isEmpty()) {
			throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "notification_template_parameter_missing",
					"Template '" + template.key() + "' needs values for " + missing + ".");
		}
		apply(new NotificationQueued(command.notificationId(), command.tenantId(), command.principalId(), EMAIL,
				command.recipient(), template.key(), template.locale(), Map.copyOf(parameters),
				command.sourceEventId(), command.queuedAt()));
	}

	@CommandHandler
	void handle(RecordDelivery command) {
		requireNextAttempt(command.attempt());
		apply(new NotificationDelivered(this.notificationId, this.tenantId, command.attempt(), command.deliveredAt()));
	}

	@CommandHandler
	void handle(RecordDeliveryFailure command, RetrySchedule schedule) {
		requireNextAttempt(command.attempt());
		apply(new NotificationDeliveryFailed(this.notificationId, this.tenantId, command.attempt(), command.error(),
				command.failedAt(), schedule.nextAttemptAt(this.attemptsThisRound + 1, command.failedAt())));
	}

	@CommandHandler
	void handle(RetryNotification command) {
		if (this.status != Status.DEAD) {
			throw ProblemException.conflict("notification_not_dead",
					"Only a dead notification can be retried; this one is " + this.status.label() + ".");
		}
		apply(new NotificationRequeued(this.notificationId, this.tenantId, command.requestedBy(),
				command.requestedAt()));
	}

	private void requireNextAttempt(int attempt) {
		if (this.status != Status.QUEUED) {
			throw ProblemException.conflict("notification_not_queued",
					"The notification is " + this.status.label() + ", not awaiting delivery.");
		}
		if (attempt != this.attempts + 1) {
			throw ProblemException.conflict("notification_attempt_stale",
					"Attempt " + attempt + " is not the next one; " + this.attempts + " were recorded.");
		}
	}

	@EventSourcingHandler
	void on(NotificationQueued event) {
		this.notificationId = event.notificationId();
		this.tenantId = event.tenantId();
		this.status = Status.QUEUED;
	}

	@EventSourcingHandler
	void on(NotificationDelivered event) {
		this.attempts = event.attempt();
		this.status = Status.SENT;
	}

	@EventSourcingHandler
	void on(NotificationDeliveryFailed event) {
		this.attempts = event.attempt();
		this.attemptsThisRound++;
		this.status = (event.nextAttemptAt() != null) ? Status.QUEUED : Status.DEAD;
	}

	@EventSourcingHandler
	void on(NotificationRequeued event) {
		this.attemptsThisRound = 0;
		this.status = Status.QUEUED;
	}

	private enum Status {

		QUEUED, SENT, DEAD;

		String label() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}

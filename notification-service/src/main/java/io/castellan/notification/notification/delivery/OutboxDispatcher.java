package io.castellan.notification.notification.delivery;

import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

import io.castellan.notification.config.NotificationProperties;
import io.castellan.notification.notification.command.RecordDelivery;
import io.castellan.notification.notification.command.RecordDeliveryFailure;
import io.castellan.notification.notification.query.OutboxEntry;
import io.castellan.notification.notification.query.OutboxRepository;
import io.castellan.notification.template.NotificationTemplates;
import io.castellan.notification.template.RenderedMessage;
import io.castellan.notification.template.SealedParameters;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works off the outbox: each due notification is locked ({@code for update skip locked}), sent, and its outcome
 * recorded as a command, all in one transaction per notification, so the outcome and the release of the lock
 * commit together. Delivery is at least once: a crash after the SMTP server accepted a mail but before the commit
 * sends it again.
 * <p>
 * Commands go through the {@link CommandGateway}, not {@code Writes}: their events cannot reach Kafka before this
 * transaction commits, so waiting for a consistency token here could only time out.
 */
@Component
class OutboxDispatcher {

	private static final Logger logger = LoggerFactory.getLogger(OutboxDispatcher.class);

	private static final int MAX_ERROR_LENGTH = 500;

	// Server answers often quote the address; the error is published, the address must not be.
	private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^\\s<>\"'(),;:@]+@[^\\s<>\"'(),;:@]+");

	private final OutboxRepository outbox;

	private final NotificationTemplates templates;

	private final SealedParameters sealed;

	private final MailDelivery mail;

	private final CommandGateway commands;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int batchSize;

	OutboxDispatcher(OutboxRepository outbox, NotificationTemplates templates, SealedParameters sealed,
			MailDelivery mail, CommandGateway commands, TransactionTemplate transactions, Clock clock,
			NotificationProperties properties) {
		this.outbox = outbox;
		this.templates = templates;
		this.sealed = sealed;
		this.mail = mail;
		this.commands = commands;
		this.transactions = transactions;
		this.clock = clock;
		this.batchSize = properties.dispatchBatchSize();
	}

	/** Sends what is due, up to the batch size. Scheduled by {@link DispatchScheduling}. */
	void dispatchDue() {
		try {
			for (int i = 0; i < this.batchSize; i++) {
				if (!Boolean.TRUE.equals(this.transactions.execute((status) -> dispatchNext()))) {
					return;
				}
			}
		}
		catch (RuntimeException ex) {
			// The row stays queued and due; the next poll tries again.
			logger.error("Dispatching the outbox failed; retrying at the next poll", ex);
		}
	}

	private boolean dispatchNext() {
		Optional<OutboxEntry> due = this.outbox.claimNextDue(this.clock.instant());
		if (due.isEmpty()) {
			return false;
		}
		OutboxEntry entry = due.get();
		int attempt = entry.attempts() + 1;
		try {
			this.mail.send(entry.recipient(), render(entry));
			this.commands.sendAndWait(new RecordDelivery(entry.id(), attempt, this.clock.instant()));
		}
		catch (MailException | IllegalArgumentException ex) {
			logger.info("Attempt {} of notification {} failed: {}", attempt, entry.id(), describe(ex));
			this.commands.sendAndWait(new RecordDeliveryFailure(entry.id(), attempt, describe(ex), this.clock.instant()));
		}
		return true;
	}

	private RenderedMessage render(OutboxEntry entry) {
		return this.templates.find(entry.template(), entry.locale())
			.orElseThrow(() -> new IllegalArgumentException("Template " + entry.template() + " no longer exists"))
			.render(this.sealed.reveal(entry.id(), entry.parameters()));
	}

	static String describe(Exception ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String text = ex.getClass().getSimpleName()
				+ ((cause != ex) ? " (" + cause.getClass().getSimpleName() + ")" : "") + ": "
				+ String.valueOf(cause.getMessage());
		text = EMAIL_ADDRESS.matcher(text).replaceAll("[address]");
		return (text.length() > MAX_ERROR_LENGTH) ? text.substring(0, MAX_ERROR_LENGTH) : text;
	}

}

package io.castellan.notification.notification.intake;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import io.castellan.notification.notification.command.QueueNotification;
import io.castellan.platform.events.InboundEvent;
import io.castellan.platform.events.ProcessedEvents;
import io.castellan.schemas.identity.PrincipalRegistered;
import org.axonframework.commandhandling.gateway.CommandGateway;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Queues a welcome mail for every principal registered with an email address. Redelivery cannot queue twice: the
 * event id is claimed in the same transaction as the notification, and the notification's id is derived from the
 * event id, so even a lost claim would collide instead of duplicating.
 */
@Component
class WelcomeNotifications implements IdentityEventHandler {

	static final String CONSUMER = "welcome-notifications";

	static final String TEMPLATE = "welcome";

	// PrincipalRegistered carries no locale yet; the template's fallback is English anyway.
	static final String LOCALE = "en";

	private final CommandGateway commands;

	private final ProcessedEvents processed;

	private final JsonMapper json;

	private final Clock clock;

	WelcomeNotifications(CommandGateway commands, ProcessedEvents processed, JsonMapper json, Clock clock) {
		this.commands = commands;
		this.processed = processed;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public void handle(InboundEvent event) {
		if (!PrincipalRegistered.TYPE.equals(event.type()) || !this.processed.claim(CONSUMER, event.id())) {
			return;
		}
		PrincipalRegistered registered = event.dataAs(PrincipalRegistered.class, this.json);
		if (registered.email() == null || registered.email().isBlank()) {
			return;
		}
		this.commands.sendAndWait(new QueueNotification(welcomeId(event.id()), registered.tenantId(),
				registered.principalId(), registered.email(), TEMPLATE, LOCALE, Map.of("name", registered.name()),
				event.id(), this.clock.instant()));
	}

	/** The welcome notification's id for a registration event: the same event always gives the same id. */
	static String welcomeId(String sourceEventId) {
		return UUID.nameUUIDFromBytes(("welcome:" + sourceEventId).getBytes(StandardCharsets.UTF_8)).toString();
	}

}

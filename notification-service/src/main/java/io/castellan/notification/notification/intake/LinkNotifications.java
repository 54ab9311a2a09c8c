package io.castellan.notification.notification.intake;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.castellan.notification.notification.command.QueueNotification;
import io.castellan.notification.template.SealedParameters;
import io.castellan.platform.events.InboundEvent;
import io.castellan.platform.events.ProcessedEvents;
import io.castellan.platform.security.SealedSecrets;
import io.castellan.schemas.identity.EmailVerificationRequested;
import io.castellan.schemas.identity.InviteCreated;
import io.castellan.schemas.identity.PasswordResetRequested;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Queues the mails that carry a one-time link: email verification, password reset, invitation. The token arrives
 * sealed; it is opened here only to build the link, which is sealed again for this notification before it is
 * queued, so neither the token nor the link rests in clear in this service's events or outbox.
 */
@Component
class LinkNotifications implements IdentityEventHandler {

	static final String CONSUMER = "link-notifications";

	private static final Logger logger = LoggerFactory.getLogger(LinkNotifications.class);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

	private final CommandGateway commands;

	private final ProcessedEvents processed;

	private final SealedSecrets linkKey;

	private final SealedParameters sealed;

	private final JsonMapper json;

	private final Clock clock;

	private final String publicUrl;

	LinkNotifications(CommandGateway commands, ProcessedEvents processed, SealedSecrets linkKey,
			SealedParameters sealed, JsonMapper json, Clock clock,
			@Value("${castellan.public-url:http://localhost:8000}") String publicUrl) {
		this.commands = commands;
		this.processed = processed;
		this.linkKey = linkKey;
		this.sealed = sealed;
		this.json = json;
		this.clock = clock;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	@Override
	public void handle(InboundEvent event) {
		Mail mail = switch (event.type()) {
			case EmailVerificationRequested.TYPE -> verification(event.dataAs(EmailVerificationRequested.class, this.json));
			case PasswordResetRequested.TYPE -> reset(event.dataAs(PasswordResetRequested.class, this.json));
			case InviteCreated.TYPE -> invite(event.dataAs(InviteCreated.class, this.json));
			case null, default -> null;
		};
		if (mail == null || !this.processed.claim(CONSUMER, event.id())) {
			return;
		}
		if (!this.clock.instant().isBefore(mail.expiresAt())) {
			logger.info("Not mailing {} {}: its link expired before it could be sent", mail.template(), event.id());
			return;
		}
		String token;
		try {
			token = this.linkKey.unseal(mail.sealedToken(), mail.sealingContext());
		}
		catch (IllegalArgumentException ex) {
			// It will never open (another key, a forged event): retrying would only block the partition.
			logger.error("Not mailing {} {}: its token does not open with this service's link key", mail.template(),
					event.id());
			return;
		}
		String id = UUID.nameUUIDFromBytes((mail.template() + ":" + event.id()).getBytes(StandardCharsets.UTF_8))
			.toString();
		Map<String, String> parameters = new HashMap<>(mail.parameters());
		Map.Entry<String, String> link = this.sealed.seal(id, "link",
				this.publicUrl + mail.path() + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
		parameters.put(link.getKey(), link.getValue());
		this.commands.sendAndWait(new QueueNotification(id, mail.tenantId(), mail.principalId(), mail.recipient(),
				mail.template(), mail.locale(), parameters, event.id(), this.clock.instant()));
	}

	private static Mail verification(EmailVerificationRequested e) {
		return new Mail("email-verification", "/signup/verify", e.tenantId(), e.principalId(), e.email(), e.locale(),
				e.sealedToken(), EmailVerificationRequested.sealingContext(e.principalId()), e.expiresAt(),
				Map.of("name", e.name()));
	}

	private static Mail reset(PasswordResetRequested e) {
		return new Mail("password-reset", "/password-reset", e.tenantId(), e.principalId(), e.email(), e.locale(),
				e.sealedToken(), PasswordResetRequested.sealingContext(e.resetId()), e.expiresAt(),
				Map.of("name", e.name()));
	}

	private static Mail invite(InviteCreated e) {
		return new Mail("invite", "/invites/accept", e.tenantId(), null, e.email(), e.locale(), e.sealedToken(),
				InviteCreated.sealingContext(e.inviteId()), e.expiresAt(),
				Map.of("expiresOn", DATE.format(e.expiresAt())));
	}

	/** What a link mail needs, whichever event asked for it. */
	private record Mail(String template, String path, String tenantId, String principalId, String recipient,
			String locale, String sealedToken, String sealingContext, Instant expiresAt,
			Map<String, String> parameters) {
	}

}

package io.castellan.identity.reset.integration;

import java.util.Optional;

import io.castellan.identity.reset.event.PasswordResetCompleted;
import io.castellan.identity.reset.event.PasswordResetRequested;
import io.castellan.platform.axon.IntegrationEventTranslator;
import io.castellan.schemas.PublishedEvent;

import org.springframework.stereotype.Component;

/** Password reset events to the published contracts. */
@Component
class PasswordResetEventTranslator implements IntegrationEventTranslator {

	@Override
	public Optional<PublishedEvent> translate(Object internalEvent) {
		return Optional.ofNullable(switch (internalEvent) {
			case PasswordResetRequested e -> new io.castellan.schemas.identity.PasswordResetRequested(e.resetId(),
					e.principalId(), e.tenantId(), e.email(), e.name(), e.locale(), e.sealedToken(), e.expiresAt(),
					e.requestedAt());
			case PasswordResetCompleted e -> new io.castellan.schemas.identity.PasswordResetCompleted(e.resetId(),
					e.principalId(), e.tenantId(), e.sessionsRevoked(), e.completedAt());
			default -> null;
		});
	}

}

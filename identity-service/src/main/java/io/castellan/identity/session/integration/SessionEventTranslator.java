package io.castellan.identity.session.integration;

import java.util.Optional;

import io.castellan.identity.session.event.SessionRevoked;
import io.castellan.identity.session.event.SessionStarted;
import io.castellan.platform.axon.IntegrationEventTranslator;
import io.castellan.schemas.PublishedEvent;

import org.springframework.stereotype.Component;

/** Session events to the published contracts. */
@Component
class SessionEventTranslator implements IntegrationEventTranslator {

	@Override
	public Optional<PublishedEvent> translate(Object internalEvent) {
		return Optional.ofNullable(switch (internalEvent) {
			case SessionStarted e -> new io.castellan.schemas.identity.SessionStarted(e.sessionId(), e.principalId(),
					e.tenantId(), e.ipAddress(), e.userAgent(), e.startedAt());
			case SessionRevoked e -> new io.castellan.schemas.identity.SessionRevoked(e.sessionId(), e.principalId(),
					e.tenantId(), e.reason(), e.revokedBy(), e.revokedAt());
			default -> null;
		});
	}

}

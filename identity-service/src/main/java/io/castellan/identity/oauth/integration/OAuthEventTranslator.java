package io.castellan.identity.oauth.integration;

import java.util.Optional;

import io.castellan.identity.oauth.event.RefreshTokenReuseDetected;
import io.castellan.platform.axon.IntegrationEventTranslator;
import io.castellan.schemas.EventTypes;
import io.castellan.schemas.PublishedEvent;

import org.springframework.stereotype.Component;

/** Token-server events to the published contracts. */
@Component
class OAuthEventTranslator implements IntegrationEventTranslator {

	@Override
	public Optional<PublishedEvent> translate(Object internalEvent) {
		if (internalEvent instanceof RefreshTokenReuseDetected reuse) {
			return Optional.of(new io.castellan.schemas.identity.RefreshTokenReuseDetected(reuse.authorizationId(),
					reuse.clientId(), (reuse.tenantId() != null) ? reuse.tenantId() : EventTypes.PLATFORM_TENANT,
					reuse.subject(), reuse.detectedAt()));
		}
		return Optional.empty();
	}

}

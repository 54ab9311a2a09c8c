package io.castellan.identity.principal.integration;

import java.util.Optional;

import io.castellan.identity.principal.event.PrincipalRegistered;
import io.castellan.platform.axon.IntegrationEventTranslator;
import io.castellan.schemas.PublishedEvent;

import org.springframework.stereotype.Component;

/** Internal principal events to the published contracts. */
@Component
class PrincipalEventTranslator implements IntegrationEventTranslator {

	@Override
	public Optional<PublishedEvent> translate(Object internalEvent) {
		if (internalEvent instanceof PrincipalRegistered registered) {
			return Optional.of(new io.castellan.schemas.identity.PrincipalRegistered(registered.principalId(),
					registered.tenantId(), registered.kind(), registered.name(), registered.email(), "active",
					registered.registeredAt()));
		}
		return Optional.empty();
	}

}

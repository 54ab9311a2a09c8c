package io.castellan.identity.principal.integration;

import java.util.Optional;

import io.castellan.identity.principal.event.PrincipalPasswordChanged;
import io.castellan.identity.principal.event.PrincipalRegistered;
import io.castellan.identity.principal.event.PrincipalStatusChanged;
import io.castellan.identity.principal.event.PrincipalUpdated;
import io.castellan.platform.axon.IntegrationEventTranslator;
import io.castellan.schemas.PublishedEvent;

import org.springframework.stereotype.Component;

/** Internal principal events to the published contracts. */
@Component
class PrincipalEventTranslator implements IntegrationEventTranslator {

	@Override
	public Optional<PublishedEvent> translate(Object internalEvent) {
		return Optional.ofNullable(switch (internalEvent) {
			case PrincipalRegistered e -> new io.castellan.schemas.identity.PrincipalRegistered(e.principalId(),
					e.tenantId(), e.kind(), e.name(), e.email(), "active", e.registeredAt(), e.alias(),
					e.attributes());
			case PrincipalUpdated e -> new io.castellan.schemas.identity.PrincipalUpdated(e.principalId(),
					e.tenantId(), e.name(), e.alias(), e.email(), e.attributes(), e.version(), e.updatedBy(),
					e.updatedAt());
			case PrincipalStatusChanged e -> new io.castellan.schemas.identity.PrincipalStatusChanged(
					e.principalId(), e.tenantId(), e.status(), e.previousStatus(), e.changedBy(), e.changedAt());
			case PrincipalPasswordChanged e -> new io.castellan.schemas.identity.PrincipalPasswordChanged(
					e.principalId(), e.tenantId(), e.reason(), e.changedBy(), e.changedAt());
			default -> null;
		});
	}

}

package io.castellan.identity.profile.integration;

import java.util.Optional;

import io.castellan.identity.profile.event.ProfileDefined;
import io.castellan.identity.profile.event.ProfileRevised;
import io.castellan.platform.axon.IntegrationEventTranslator;
import io.castellan.schemas.PublishedEvent;

import org.springframework.stereotype.Component;

/** Profile events to the published contracts. */
@Component
class ProfileEventTranslator implements IntegrationEventTranslator {

	@Override
	public Optional<PublishedEvent> translate(Object internalEvent) {
		return Optional.ofNullable(switch (internalEvent) {
			case ProfileDefined e -> new io.castellan.schemas.identity.ProfileDefined(e.profileId(), e.tenantId(),
					e.name(), e.kind(), e.schema(), e.definedBy(), e.definedAt());
			case ProfileRevised e -> new io.castellan.schemas.identity.ProfileRevised(e.profileId(), e.tenantId(),
					e.version(), e.schema(), e.revisedBy(), e.revisedAt());
			default -> null;
		});
	}

}

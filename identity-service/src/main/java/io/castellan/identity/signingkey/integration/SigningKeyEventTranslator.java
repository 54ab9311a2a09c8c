package io.castellan.identity.signingkey.integration;

import java.util.Optional;

import io.castellan.identity.signingkey.event.SigningKeyRotated;
import io.castellan.platform.axon.IntegrationEventTranslator;
import io.castellan.schemas.PublishedEvent;

import org.springframework.stereotype.Component;

/** Key rotations to the published contract: key ids and times, never key material. */
@Component
class SigningKeyEventTranslator implements IntegrationEventTranslator {

	@Override
	public Optional<PublishedEvent> translate(Object internalEvent) {
		if (internalEvent instanceof SigningKeyRotated rotated) {
			return Optional.of(new io.castellan.schemas.identity.SigningKeyRotated(rotated.kid(),
					rotated.algorithm(), rotated.previousKid(), rotated.activatedAt()));
		}
		return Optional.empty();
	}

}

package io.castellan.identity.signup.integration;

import java.util.Optional;

import io.castellan.identity.signup.event.EmailVerificationRequested;
import io.castellan.identity.signup.event.EmailVerified;
import io.castellan.identity.signup.event.PrincipalSignedUp;
import io.castellan.platform.axon.IntegrationEventTranslator;
import io.castellan.schemas.PublishedEvent;
import io.castellan.schemas.identity.PrincipalEmailVerified;

import org.springframework.stereotype.Component;

/** Signup and verification events to the published contracts. */
@Component
class SignupEventTranslator implements IntegrationEventTranslator {

	@Override
	public Optional<PublishedEvent> translate(Object internalEvent) {
		return Optional.ofNullable(switch (internalEvent) {
			case PrincipalSignedUp e -> new io.castellan.schemas.identity.PrincipalSignedUp(e.principalId(),
					e.tenantId(), e.email(), e.locale(), e.signedUpAt());
			case EmailVerificationRequested e -> new io.castellan.schemas.identity.EmailVerificationRequested(
					e.principalId(), e.tenantId(), e.email(), e.name(), e.locale(), e.reason(), e.sealedToken(),
					e.expiresAt(), e.requestedAt());
			case EmailVerified e -> new PrincipalEmailVerified(e.principalId(), e.tenantId(), e.email(), e.method(),
					e.verifiedAt());
			default -> null;
		});
	}

}

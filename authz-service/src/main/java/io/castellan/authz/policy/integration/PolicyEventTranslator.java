package io.castellan.authz.policy.integration;

import java.util.Optional;

import io.castellan.authz.policy.event.PolicyAttached;
import io.castellan.platform.axon.IntegrationEventTranslator;
import io.castellan.schemas.PublishedEvent;

import org.springframework.stereotype.Component;

/** Internal policy events to the published contracts. */
@Component
class PolicyEventTranslator implements IntegrationEventTranslator {

	@Override
	public Optional<PublishedEvent> translate(Object internalEvent) {
		if (internalEvent instanceof PolicyAttached attached) {
			return Optional.of(new io.castellan.schemas.authz.PolicyAttached(attached.policyId(), attached.tenantId(),
					attached.principalId(), attached.groupId(), attached.block().toPublished()));
		}
		return Optional.empty();
	}

}

package io.castellan.identity.apikey.integration;

import java.util.List;
import java.util.Optional;

import io.castellan.identity.apikey.event.ApiKeyCreated;
import io.castellan.identity.apikey.event.ApiKeyRevoked;
import io.castellan.identity.apikey.event.CeilingGrant;
import io.castellan.platform.axon.IntegrationEventTranslator;
import io.castellan.schemas.PublishedEvent;

import org.springframework.stereotype.Component;

/** API key events to the published contracts; the ceiling travels so authz-service can intersect rights. */
@Component
class ApiKeyEventTranslator implements IntegrationEventTranslator {

	@Override
	public Optional<PublishedEvent> translate(Object internalEvent) {
		return Optional.ofNullable(switch (internalEvent) {
			case ApiKeyCreated e -> new io.castellan.schemas.identity.ApiKeyCreated(e.keyId(), e.ownerId(),
					e.tenantId(), e.name(), ceiling(e.ceiling()), e.expiresAt(), e.createdBy(), e.createdAt());
			case ApiKeyRevoked e -> new io.castellan.schemas.identity.ApiKeyRevoked(e.keyId(), e.ownerId(),
					e.tenantId(), e.revokedBy(), e.revokedAt());
			default -> null;
		});
	}

	private static List<io.castellan.schemas.identity.ApiKeyCreated.Grant> ceiling(List<CeilingGrant> ceiling) {
		if (ceiling == null) {
			return null;
		}
		return ceiling.stream()
			.map((grant) -> new io.castellan.schemas.identity.ApiKeyCreated.Grant(grant.actions(),
					new io.castellan.schemas.identity.ApiKeyCreated.Scope(grant.scope().mode(),
							grant.scope().objectKind(), grant.scope().objectType(), grant.scope().objectId(),
							grant.scope().groupId())))
			.toList();
	}

}

package io.castellan.authz.object.integration;

import java.util.Optional;

import io.castellan.authz.object.event.ObjectAttributesUpdated;
import io.castellan.authz.object.event.ObjectMoved;
import io.castellan.authz.object.event.ObjectRegistered;
import io.castellan.authz.object.event.ObjectRemoved;
import io.castellan.platform.axon.IntegrationEventTranslator;
import io.castellan.schemas.PublishedEvent;

import org.springframework.stereotype.Component;

/** Internal object events to the published contracts. */
@Component
class ObjectEventTranslator implements IntegrationEventTranslator {

	@Override
	public Optional<PublishedEvent> translate(Object internalEvent) {
		return Optional.ofNullable(switch (internalEvent) {
			case ObjectRegistered registered -> new io.castellan.schemas.authz.ObjectRegistered(
					registered.objectId(), registered.tenantId(), registered.type(), registered.attributes(),
					registered.groupId());
			case ObjectAttributesUpdated updated -> new io.castellan.schemas.authz.ObjectUpdated(updated.objectId(),
					updated.tenantId(), updated.attributes());
			case ObjectMoved moved -> new io.castellan.schemas.authz.ObjectMoved(moved.objectId(), moved.tenantId(),
					moved.groupId(), moved.previousGroupId());
			case ObjectRemoved removed -> new io.castellan.schemas.authz.ObjectRemoved(removed.objectId(),
					removed.tenantId());
			default -> null;
		});
	}

}

package io.castellan.authz.objectgroup.integration;

import java.util.Optional;

import io.castellan.authz.objectgroup.event.ObjectGroupCreated;
import io.castellan.authz.objectgroup.event.ObjectGroupMoved;
import io.castellan.authz.objectgroup.event.ObjectGroupRemoved;
import io.castellan.platform.axon.IntegrationEventTranslator;
import io.castellan.schemas.PublishedEvent;

import org.springframework.stereotype.Component;

/** Internal object group events to the published contracts. */
@Component
class ObjectGroupEventTranslator implements IntegrationEventTranslator {

	@Override
	public Optional<PublishedEvent> translate(Object internalEvent) {
		return Optional.ofNullable(switch (internalEvent) {
			case ObjectGroupCreated created -> new io.castellan.schemas.authz.ObjectGroupCreated(created.groupId(),
					created.tenantId(), created.name(), created.parentGroupId());
			case ObjectGroupMoved moved -> new io.castellan.schemas.authz.ObjectGroupMoved(moved.groupId(),
					moved.tenantId(), moved.parentGroupId(), moved.previousParentGroupId());
			case ObjectGroupRemoved removed -> new io.castellan.schemas.authz.ObjectGroupRemoved(removed.groupId(),
					removed.tenantId());
			default -> null;
		});
	}

}

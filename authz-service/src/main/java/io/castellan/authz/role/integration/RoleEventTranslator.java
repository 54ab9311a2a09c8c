package io.castellan.authz.role.integration;

import java.util.Optional;

import io.castellan.authz.assignment.event.RoleAssigned;
import io.castellan.authz.assignment.event.RoleAssignedToGroup;
import io.castellan.authz.role.event.Block;
import io.castellan.authz.role.event.RoleCreated;
import io.castellan.platform.axon.IntegrationEventTranslator;
import io.castellan.schemas.PublishedEvent;

import org.springframework.stereotype.Component;

/** Internal access-model events to the published contracts. */
@Component
class RoleEventTranslator implements IntegrationEventTranslator {

	@Override
	public Optional<PublishedEvent> translate(Object internalEvent) {
		return switch (internalEvent) {
			case RoleCreated created -> Optional.of(new io.castellan.schemas.authz.RoleCreated(created.roleId(),
					created.tenantId(), created.name(),
					created.blocks().stream().map(Block::toPublished).toList()));
			case RoleAssigned assigned -> Optional.of(new io.castellan.schemas.authz.RoleAssigned(
					assigned.assignmentId(), assigned.roleId(), assigned.tenantId(), assigned.principalId()));
			case RoleAssignedToGroup assigned -> Optional.of(new io.castellan.schemas.authz.RoleAssignedToGroup(
					assigned.assignmentId(), assigned.roleId(), assigned.tenantId(), assigned.groupId()));
			default -> Optional.empty();
		};
	}

}

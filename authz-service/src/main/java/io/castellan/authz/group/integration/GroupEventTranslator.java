package io.castellan.authz.group.integration;

import java.util.Optional;

import io.castellan.authz.group.event.GroupMemberAdded;
import io.castellan.authz.group.event.PrincipalGroupCreated;
import io.castellan.platform.axon.IntegrationEventTranslator;
import io.castellan.schemas.PublishedEvent;
import io.castellan.schemas.authz.PrincipalGroupMemberAdded;

import org.springframework.stereotype.Component;

/** Internal group events to the published contracts. */
@Component
class GroupEventTranslator implements IntegrationEventTranslator {

	@Override
	public Optional<PublishedEvent> translate(Object internalEvent) {
		return Optional.ofNullable(switch (internalEvent) {
			case PrincipalGroupCreated created -> new io.castellan.schemas.authz.PrincipalGroupCreated(
					created.groupId(), created.tenantId(), created.name(), created.parentGroupId());
			case GroupMemberAdded added -> new PrincipalGroupMemberAdded(added.groupId(), added.tenantId(),
					added.principalId());
			default -> null;
		});
	}

}

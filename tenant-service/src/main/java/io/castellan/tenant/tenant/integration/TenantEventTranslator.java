package io.castellan.tenant.tenant.integration;

import java.util.Optional;

import io.castellan.platform.axon.IntegrationEventTranslator;
import io.castellan.schemas.PublishedEvent;
import io.castellan.tenant.tenant.event.TenantCreated;
import io.castellan.tenant.tenant.event.TenantMemberAdded;
import io.castellan.tenant.tenant.event.TenantMemberRemoved;
import io.castellan.tenant.tenant.event.TenantStatusChanged;

import org.springframework.stereotype.Component;

/** Internal tenant events to the published contracts. */
@Component
class TenantEventTranslator implements IntegrationEventTranslator {

	@Override
	public Optional<PublishedEvent> translate(Object internalEvent) {
		if (internalEvent instanceof TenantCreated created) {
			return Optional.of(new io.castellan.schemas.tenant.TenantCreated(created.tenantId(), created.name(),
					created.alias(), "active", created.createdBy(), created.createdAt()));
		}
		if (internalEvent instanceof TenantStatusChanged changed) {
			return Optional.of(new io.castellan.schemas.tenant.TenantStatusChanged(changed.tenantId(),
					changed.transition(), changed.status(), changed.previousStatus(), changed.changedBy(),
					changed.changedAt()));
		}
		if (internalEvent instanceof TenantMemberAdded added) {
			return Optional.of(new io.castellan.schemas.tenant.TenantMemberAdded(added.tenantId(), added.principalId(),
					added.addedBy(), added.addedAt()));
		}
		if (internalEvent instanceof TenantMemberRemoved removed) {
			return Optional.of(new io.castellan.schemas.tenant.TenantMemberRemoved(removed.tenantId(),
					removed.principalId(), removed.removedBy(), removed.removedAt()));
		}
		return Optional.empty();
	}

}

package io.castellan.identity.invite.integration;

import java.util.Optional;

import io.castellan.identity.invite.event.InviteAccepted;
import io.castellan.identity.invite.event.InviteCreated;
import io.castellan.identity.invite.event.InviteRevoked;
import io.castellan.platform.axon.IntegrationEventTranslator;
import io.castellan.schemas.PublishedEvent;

import org.springframework.stereotype.Component;

/** Invitation events to the published contracts. */
@Component
class InviteEventTranslator implements IntegrationEventTranslator {

	@Override
	public Optional<PublishedEvent> translate(Object internalEvent) {
		return Optional.ofNullable(switch (internalEvent) {
			case InviteCreated e -> new io.castellan.schemas.identity.InviteCreated(e.inviteId(), e.tenantId(),
					e.email(), e.roles(), e.locale(), e.sealedToken(), e.expiresAt(), e.createdBy(), e.createdAt());
			case InviteRevoked e -> new io.castellan.schemas.identity.InviteRevoked(e.inviteId(), e.tenantId(),
					e.revokedBy(), e.revokedAt());
			case InviteAccepted e -> new io.castellan.schemas.identity.InviteAccepted(e.inviteId(), e.tenantId(),
					e.principalId(), e.email(), e.roles(), e.acceptedAt());
			default -> null;
		});
	}

}

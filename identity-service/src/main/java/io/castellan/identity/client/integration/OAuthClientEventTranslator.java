package io.castellan.identity.client.integration;

import java.util.Optional;

import io.castellan.identity.client.event.OAuthClientDeleted;
import io.castellan.identity.client.event.OAuthClientRegistered;
import io.castellan.identity.client.event.OAuthClientSecretRotated;
import io.castellan.identity.client.event.OAuthClientSettings;
import io.castellan.identity.client.event.OAuthClientStatusChanged;
import io.castellan.identity.client.event.OAuthClientUpdated;
import io.castellan.platform.axon.IntegrationEventTranslator;
import io.castellan.schemas.EventTypes;
import io.castellan.schemas.PublishedEvent;

import org.springframework.stereotype.Component;

/** Internal client events to the published contracts; platform clients are keyed by the platform tenant. */
@Component
class OAuthClientEventTranslator implements IntegrationEventTranslator {

	@Override
	public Optional<PublishedEvent> translate(Object internalEvent) {
		return Optional.ofNullable(switch (internalEvent) {
			case OAuthClientRegistered e -> {
				OAuthClientSettings s = e.settings();
				yield new io.castellan.schemas.identity.OAuthClientRegistered(e.clientId(), tenant(e.tenantId()),
						s.name(), e.clientType(), s.grantTypes(), s.redirectUris(), s.postLogoutRedirectUris(),
						s.scopes(), s.requirePkce(), s.accessTokenTtlSeconds(), s.refreshTokenTtlSeconds(),
						e.registeredAt());
			}
			case OAuthClientUpdated e -> {
				OAuthClientSettings s = e.settings();
				yield new io.castellan.schemas.identity.OAuthClientUpdated(e.clientId(), tenant(e.tenantId()),
						s.name(), e.clientType(), s.grantTypes(), s.redirectUris(), s.postLogoutRedirectUris(),
						s.scopes(), s.requirePkce(), s.accessTokenTtlSeconds(), s.refreshTokenTtlSeconds(),
						e.updatedAt());
			}
			case OAuthClientSecretRotated e -> new io.castellan.schemas.identity.OAuthClientSecretRotated(
					e.clientId(), tenant(e.tenantId()), e.rotatedAt());
			case OAuthClientStatusChanged e -> new io.castellan.schemas.identity.OAuthClientStatusChanged(
					e.clientId(), tenant(e.tenantId()), e.status(), e.previousStatus(), e.changedAt());
			case OAuthClientDeleted e -> new io.castellan.schemas.identity.OAuthClientDeleted(e.clientId(),
					tenant(e.tenantId()), e.deletedAt());
			default -> null;
		});
	}

	private static String tenant(String tenantId) {
		return (tenantId != null) ? tenantId : EventTypes.PLATFORM_TENANT;
	}

}

package io.castellan.schemas.identity;

import java.time.Instant;
import java.util.List;

import io.castellan.schemas.PublishedEvent;

/**
 * An OAuth 2.0 client's settings were replaced; the values are the new ones in full.
 * Schema: {@code schemas/castellan.identity.oauth_client.updated.v1.json}.
 */
public record OAuthClientUpdated(String clientId, String tenantId, String name, String clientType,
		List<String> grantTypes, List<String> redirectUris, List<String> postLogoutRedirectUris, List<String> scopes,
		boolean requirePkce, long accessTokenTtlSeconds, long refreshTokenTtlSeconds, Instant updatedAt)
		implements PublishedEvent {

	public static final String TYPE = "castellan.identity.oauth_client.updated.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.clientId;
	}

}

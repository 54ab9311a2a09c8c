package io.castellan.schemas.identity;

import java.time.Instant;
import java.util.List;

import io.castellan.schemas.PublishedEvent;

/**
 * An OAuth 2.0 client was registered (RFC 6749 section 2). Never carries the client secret or its hash.
 * Schema: {@code schemas/castellan.identity.oauth_client.registered.v1.json}.
 * @param tenantId the owning tenant, or {@code platform} for platform clients
 * @param clientType {@code confidential} or {@code public} (RFC 6749 section 2.1)
 */
public record OAuthClientRegistered(String clientId, String tenantId, String name, String clientType,
		List<String> grantTypes, List<String> redirectUris, List<String> postLogoutRedirectUris, List<String> scopes,
		boolean requirePkce, long accessTokenTtlSeconds, long refreshTokenTtlSeconds, Instant registeredAt)
		implements PublishedEvent {

	public static final String TYPE = "castellan.identity.oauth_client.registered.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.clientId;
	}

}

package io.castellan.identity.client.query;

import java.time.Instant;
import java.util.List;

/** A row of the client read model. */
public record OAuthClientSummary(String id, String clientId, String tenantId, String name, String clientType,
		List<String> grantTypes, List<String> redirectUris, List<String> postLogoutRedirectUris, List<String> scopes,
		boolean requirePkce, long accessTokenTtlSeconds, long refreshTokenTtlSeconds, String status,
		Instant registeredAt, Instant updatedAt) {
}

package io.castellan.identity.client.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.castellan.identity.client.query.OAuthClientSummary;

/**
 * A client as the API shows it. {@code clientSecret} is present only in the answer that created it (registration
 * or rotation): it is stored hashed and cannot be shown again. {@code consistencyToken} is set on answers to writes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OAuthClientResponse(String clientId, String tenantId, String name, String clientType,
		List<String> grantTypes, List<String> redirectUris, List<String> postLogoutRedirectUris, List<String> scopes,
		boolean requirePkce, long accessTokenTtlSeconds, long refreshTokenTtlSeconds, String status,
		Instant registeredAt, Instant updatedAt, String clientSecret, String consistencyToken) {

	static OAuthClientResponse of(OAuthClientSummary client, String clientSecret, String consistencyToken) {
		return new OAuthClientResponse(client.clientId(), client.tenantId(), client.name(), client.clientType(),
				client.grantTypes(), client.redirectUris(), client.postLogoutRedirectUris(), client.scopes(),
				client.requirePkce(), client.accessTokenTtlSeconds(), client.refreshTokenTtlSeconds(), client.status(),
				client.registeredAt(), client.updatedAt(), clientSecret, consistencyToken);
	}

}

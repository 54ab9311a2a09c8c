package io.castellan.identity.client.event;

import java.util.List;

/**
 * What an administrator decides about a client, as registered or updated. Lists keep the given order; grant
 * types use their RFC names ({@code authorization_code}, {@code urn:ietf:params:oauth:grant-type:device_code}).
 */
public record OAuthClientSettings(String name, List<String> grantTypes, List<String> redirectUris,
		List<String> postLogoutRedirectUris, List<String> scopes, boolean requirePkce, long accessTokenTtlSeconds,
		long refreshTokenTtlSeconds) {

	public OAuthClientSettings {
		grantTypes = List.copyOf(grantTypes);
		redirectUris = (redirectUris != null) ? List.copyOf(redirectUris) : List.of();
		postLogoutRedirectUris = (postLogoutRedirectUris != null) ? List.copyOf(postLogoutRedirectUris) : List.of();
		scopes = (scopes != null) ? List.copyOf(scopes) : List.of();
	}

}

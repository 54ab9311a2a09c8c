package io.castellan.identity.client.web;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import io.castellan.identity.client.event.OAuthClientSettings;

/**
 * Body of {@code PUT /api/oauth-clients/{clientId}}: the client's settings in full, as in a registration (its
 * client_id, type and tenant cannot change).
 */
public record OAuthClientSettingsRequest(@NotBlank @Size(max = 200) String name,
		@NotEmpty @Size(max = 5) List<@NotBlank @Size(max = 100) String> grantTypes,
		@Size(max = 20) List<@NotBlank @Size(max = 2000) String> redirectUris,
		@Size(max = 20) List<@NotBlank @Size(max = 2000) String> postLogoutRedirectUris,
		@Size(max = 50) List<@NotBlank @Size(max = 100) String> scopes, Boolean requirePkce,
		@Min(60) @Max(86400) Integer accessTokenTtlSeconds, @Min(60) @Max(7776000) Integer refreshTokenTtlSeconds) {

	static final int DEFAULT_ACCESS_TOKEN_TTL = 900;

	static final int DEFAULT_REFRESH_TOKEN_TTL = 30 * 24 * 3600;

	OAuthClientSettings toSettings() {
		return new OAuthClientSettings(this.name.strip(), this.grantTypes.stream().distinct().toList(),
				distinct(this.redirectUris), distinct(this.postLogoutRedirectUris), distinct(this.scopes),
				(this.requirePkce != null) ? this.requirePkce : true,
				(this.accessTokenTtlSeconds != null) ? this.accessTokenTtlSeconds : DEFAULT_ACCESS_TOKEN_TTL,
				(this.refreshTokenTtlSeconds != null) ? this.refreshTokenTtlSeconds : DEFAULT_REFRESH_TOKEN_TTL);
	}

	private static List<String> distinct(List<String> values) {
		return (values != null) ? values.stream().distinct().toList() : List.of();
	}

}

package io.castellan.identity.client.web;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/oauth-clients} (RFC 6749 section 2 client registration, by an administrator).
 * @param clientId optional; generated when absent
 * @param tenantId optional; the owning tenant, absent for platform clients
 * @param clientType {@code confidential} (gets a secret) or {@code public} (RFC 6749 section 2.1; PKCE forced)
 * @param grantTypes among {@code authorization_code}, {@code refresh_token}, {@code client_credentials},
 * {@code urn:ietf:params:oauth:grant-type:device_code}, {@code urn:ietf:params:oauth:grant-type:token-exchange}
 * @param redirectUris absolute, no fragment; plain http only for localhost and 127.0.0.1
 * @param requirePkce default true (RFC 9700 section 2.1.1)
 * @param accessTokenTtlSeconds 60 to 86400, default 900
 * @param refreshTokenTtlSeconds 60 to 7776000 (90 days), default 2592000 (30 days)
 */
public record RegisterOAuthClientRequest(
		@Pattern(regexp = "[A-Za-z0-9._~-]{3,100}", message = "must be 3-100 of A-Z a-z 0-9 . _ ~ -") String clientId,
		@Size(max = 64) String tenantId, @NotBlank @Size(max = 200) String name,
		@NotBlank @Pattern(regexp = "confidential|public", message = "must be confidential or public") String clientType,
		@NotEmpty @Size(max = 5) List<@NotBlank @Size(max = 100) String> grantTypes,
		@Size(max = 20) List<@NotBlank @Size(max = 2000) String> redirectUris,
		@Size(max = 20) List<@NotBlank @Size(max = 2000) String> postLogoutRedirectUris,
		@Size(max = 50) List<@NotBlank @Size(max = 100) String> scopes, Boolean requirePkce,
		@Min(60) @Max(86400) Integer accessTokenTtlSeconds, @Min(60) @Max(7776000) Integer refreshTokenTtlSeconds) {

	OAuthClientSettingsRequest settings() {
		return new OAuthClientSettingsRequest(this.name, this.grantTypes, this.redirectUris,
				this.postLogoutRedirectUris, this.scopes, this.requirePkce, this.accessTokenTtlSeconds,
				this.refreshTokenTtlSeconds);
	}

}

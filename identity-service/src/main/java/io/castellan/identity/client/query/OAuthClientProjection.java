package io.castellan.identity.client.query;

import java.sql.Timestamp;
import java.util.Map;

import io.castellan.identity.client.event.OAuthClientDeleted;
import io.castellan.identity.client.event.OAuthClientRegistered;
import io.castellan.identity.client.event.OAuthClientSettings;
import io.castellan.identity.client.event.OAuthClientStatusChanged;
import io.castellan.identity.client.event.OAuthClientUpdated;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code oauth_client_v1} in step with the events, in the command's own transaction, so a client can ask for
 * a token the moment its registration answered. A disabled or deleted client loses its authorizations (every
 * token and code it holds) in the same transaction.
 */
@Component
@ProcessingGroup("oauth-client")
class OAuthClientProjection {

	private final JdbcClient jdbc;

	OAuthClientProjection(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventHandler
	void on(OAuthClientRegistered event) {
		OAuthClientSettings settings = event.settings();
		this.jdbc.sql("""
				insert into oauth_client_v1 (id, client_id, tenant_id, name, client_type, grant_types, redirect_uris,
				    post_logout_redirect_uris, scopes, require_pkce, access_token_ttl_seconds, refresh_token_ttl_seconds,
				    status, registered_at, updated_at)
				values (:id, :clientId, :tenantId, :name, :clientType, :grantTypes, :redirectUris,
				    :postLogoutRedirectUris, :scopes, :requirePkce, :accessTtl, :refreshTtl, 'active', :at, :at)
				on conflict (id) do nothing""")
			.param("id", event.id())
			.param("clientId", event.clientId())
			.param("tenantId", event.tenantId())
			.param("clientType", event.clientType())
			.params(settingsParams(settings))
			.param("at", Timestamp.from(event.registeredAt()))
			.update();
	}

	@EventHandler
	void on(OAuthClientUpdated event) {
		this.jdbc.sql("""
				update oauth_client_v1 set name = :name, grant_types = :grantTypes, redirect_uris = :redirectUris,
				    post_logout_redirect_uris = :postLogoutRedirectUris, scopes = :scopes, require_pkce = :requirePkce,
				    access_token_ttl_seconds = :accessTtl, refresh_token_ttl_seconds = :refreshTtl, updated_at = :at
				where id = :id""")
			.param("id", event.id())
			.params(settingsParams(event.settings()))
			.param("at", Timestamp.from(event.updatedAt()))
			.update();
	}

	@EventHandler
	void on(OAuthClientStatusChanged event) {
		this.jdbc.sql("update oauth_client_v1 set status = :status, updated_at = :at where id = :id")
			.param("id", event.id())
			.param("status", event.status())
			.param("at", Timestamp.from(event.changedAt()))
			.update();
		if (event.status().equals("disabled")) {
			revokeAuthorizations(event.id());
		}
	}

	@EventHandler
	void on(OAuthClientDeleted event) {
		revokeAuthorizations(event.id());
		this.jdbc.sql("delete from oauth_client_v1 where id = :id").param("id", event.id()).update();
	}

	private void revokeAuthorizations(String id) {
		this.jdbc.sql("delete from oauth2_authorization where registered_client_id = :id").param("id", id).update();
		this.jdbc.sql("delete from oauth2_authorization_consent where registered_client_id = :id")
			.param("id", id)
			.update();
	}

	private static Map<String, Object> settingsParams(OAuthClientSettings settings) {
		return Map.of("name", settings.name(), "grantTypes", String.join(" ", settings.grantTypes()),
				"redirectUris", String.join(" ", settings.redirectUris()), "postLogoutRedirectUris",
				String.join(" ", settings.postLogoutRedirectUris()), "scopes", String.join(" ", settings.scopes()),
				"requirePkce", settings.requirePkce(), "accessTtl", settings.accessTokenTtlSeconds(), "refreshTtl",
				settings.refreshTokenTtlSeconds());
	}

}

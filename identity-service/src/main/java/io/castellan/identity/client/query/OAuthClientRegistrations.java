package io.castellan.identity.client.query;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

/**
 * Spring Authorization Server's view of the event-sourced clients: the read model plus the secret hash. A disabled
 * client cannot authenticate (not found by client_id) but stays findable by id, because stored authorizations are
 * resolved through it. Registration happens through the aggregate only, so {@link #save} refuses.
 */
@Component
public final class OAuthClientRegistrations implements RegisteredClientRepository {

	/** Client setting naming the tenant that owns the client; absent for platform clients. */
	public static final String TENANT_SETTING = "castellan.tenant-id";

	private static final String SELECT = "select " + OAuthClientRepository.COLUMNS.replaceFirst("^id,", "c.id,")
			+ ", s.secret_hash from oauth_client_v1 c left join oauth_client_secret s on s.id = c.id ";

	private final JdbcClient jdbc;

	OAuthClientRegistrations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void save(RegisteredClient registeredClient) {
		throw new UnsupportedOperationException("Clients are registered through /api/oauth-clients");
	}

	@Override
	public RegisteredClient findById(String id) {
		return this.jdbc.sql(SELECT + "where c.id = :id")
			.param("id", id)
			.query((row, index) -> toRegisteredClient(OAuthClientRepository.map(row, index),
					row.getString("secret_hash")))
			.optional()
			.orElse(null);
	}

	@Override
	public RegisteredClient findByClientId(String clientId) {
		return this.jdbc.sql(SELECT + "where c.client_id = :clientId and c.status = 'active'")
			.param("clientId", clientId)
			.query((row, index) -> toRegisteredClient(OAuthClientRepository.map(row, index),
					row.getString("secret_hash")))
			.optional()
			.orElse(null);
	}

	private static RegisteredClient toRegisteredClient(OAuthClientSummary client, String secretHash) {
		RegisteredClient.Builder builder = RegisteredClient.withId(client.id())
			.clientId(client.clientId())
			.clientIdIssuedAt(client.registeredAt())
			.clientName(client.name())
			.clientSecret(secretHash);
		if (secretHash != null) {
			builder.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST);
		}
		else {
			builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
		}
		client.grantTypes().forEach((grant) -> builder.authorizationGrantType(new AuthorizationGrantType(grant)));
		client.redirectUris().forEach(builder::redirectUri);
		client.postLogoutRedirectUris().forEach(builder::postLogoutRedirectUri);
		client.scopes().forEach(builder::scope);
		boolean deviceFlow = client.grantTypes().contains(AuthorizationGrantType.DEVICE_CODE.getValue());
		// Device flow always asks the user to confirm (RFC 8628 section 5.4): a code typed in cannot be trusted.
		ClientSettings.Builder settings = ClientSettings.builder()
			.requireProofKey(client.requirePkce())
			.requireAuthorizationConsent(deviceFlow);
		if (client.tenantId() != null) {
			settings.setting(TENANT_SETTING, client.tenantId());
		}
		return builder.clientSettings(settings.build())
			.tokenSettings(TokenSettings.builder()
				.accessTokenTimeToLive(Duration.ofSeconds(client.accessTokenTtlSeconds()))
				.refreshTokenTimeToLive(Duration.ofSeconds(client.refreshTokenTtlSeconds()))
				// Every refresh returns a new refresh token; presenting an old one revokes the family.
				.reuseRefreshTokens(false)
				.build())
			.build();
	}

}

package io.castellan.identity.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import io.castellan.identity.client.query.OAuthClientRegistrations;
import io.castellan.identity.oauth.event.RefreshTokenReuseDetected;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refresh-token reuse detection (RFC 9700 section 4.14.2) around the authorization store. Refresh tokens rotate on
 * every use; when an authorization is saved with a new refresh token, a hash of the one it replaces is kept. A
 * look-up that finds no authorization but matches such a hash means a rotated token came back, so one of its two
 * holders is an attacker: the whole authorization (every token of the family) is revoked and
 * {@code castellan.identity.refresh_token.reuse_detected.v1} is published, in one transaction.
 */
final class RefreshTokenReuseDetection implements OAuth2AuthorizationService {

	private static final Logger logger = LoggerFactory.getLogger(RefreshTokenReuseDetection.class);

	private final OAuth2AuthorizationService delegate;

	private final JdbcClient jdbc;

	private final RegisteredClientRepository clients;

	private final EventGateway events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	RefreshTokenReuseDetection(OAuth2AuthorizationService delegate, JdbcClient jdbc,
			RegisteredClientRepository clients, EventGateway events, TransactionTemplate transactions, Clock clock) {
		this.delegate = delegate;
		this.jdbc = jdbc;
		this.clients = clients;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void save(OAuth2Authorization authorization) {
		OAuth2Authorization.Token<OAuth2RefreshToken> next = authorization.getRefreshToken();
		if (next == null) {
			this.delegate.save(authorization);
			return;
		}
		this.transactions.executeWithoutResult((status) -> {
			rememberReplaced(authorization.getId(), next.getToken().getTokenValue());
			this.delegate.save(authorization);
		});
	}

	@Override
	public void remove(OAuth2Authorization authorization) {
		this.delegate.remove(authorization);
	}

	/**
	 * In a transaction, so the delegate's row mapper (which looks the client up while the authorization's result
	 * set is open) reuses the same connection. Outside one it takes a second connection, and enough concurrent
	 * requests each holding one and waiting for another exhaust the pool for good.
	 */
	@Override
	public OAuth2Authorization findById(String id) {
		return this.transactions.execute((status) -> this.delegate.findById(id));
	}

	@Override
	public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
		OAuth2Authorization found = this.transactions.execute((status) -> this.delegate.findByToken(token, tokenType));
		if (found == null && (tokenType == null || OAuth2TokenType.REFRESH_TOKEN.equals(tokenType))) {
			rotatedFamily(token).ifPresent(this::revokeFamily);
		}
		return found;
	}

	/** Keeps the hash of the refresh token the authorization had until now, if this save replaces it. */
	private void rememberReplaced(String authorizationId, String nextValue) {
		this.jdbc.sql("""
				select refresh_token_value, refresh_token_expires_at from oauth2_authorization
				where id = :id and refresh_token_value is not null""")
			.param("id", authorizationId)
			.query((row, index) -> new Object[] { row.getString(1), row.getTimestamp(2) })
			.optional()
			.filter((previous) -> !nextValue.equals(previous[0]))
			.ifPresent((previous) -> this.jdbc.sql("""
					insert into rotated_refresh_token (token_hash, authorization_id, expires_at)
					values (:hash, :authorization, :expiresAt) on conflict do nothing""")
				.param("hash", hash((String) previous[0]))
				.param("authorization", authorizationId)
				.param("expiresAt", (previous[1] != null) ? previous[1] : Timestamp.from(this.clock.instant()))
				.update());
	}

	private Optional<String> rotatedFamily(String token) {
		return this.jdbc.sql("select authorization_id from rotated_refresh_token where token_hash = :hash")
			.param("hash", hash(token))
			.query(String.class)
			.optional();
	}

	private void revokeFamily(String authorizationId) {
		this.transactions.executeWithoutResult((status) -> {
			OAuth2Authorization family = this.delegate.findById(authorizationId);
			this.jdbc.sql("delete from rotated_refresh_token where authorization_id = :id")
				.param("id", authorizationId)
				.update();
			if (family == null) {
				return; // revoked already (an earlier reuse, a revoked session or a deleted client)
			}
			this.delegate.remove(family);
			RegisteredClient client = this.clients.findById(family.getRegisteredClientId());
			Instant now = this.clock.instant();
			this.events.publish(new RefreshTokenReuseDetected(authorizationId,
					(client != null) ? client.getClientId() : family.getRegisteredClientId(),
					(client != null) ? client.getClientSettings().getSetting(OAuthClientRegistrations.TENANT_SETTING)
							: null,
					family.getPrincipalName(), now));
			logger.warn("Refresh token reuse: authorization {} of client {} revoked", authorizationId,
					family.getRegisteredClientId());
		});
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package io.castellan.identity.oauth;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * Client-credentials access tokens are not stored. Such a token has no refresh token, no user and no session: the
 * signed JWT already says everything introspection answers, so writing (and later reading) an authorization row
 * per token only cost a database round trip and a JSON document each way. These tokens carry
 * {@code gty=client_credentials}; a look-up by such a token verifies it with this issuer's keys and rebuilds the
 * authorization from its claims. Revoking one (RFC 7009) records its {@code jti} until it would have expired.
 * Every other authorization goes to the store as before.
 * <p>
 * Revocation is checked in the database at most once per {@code recheck} interval for each token: a revocation
 * made through this instance applies at once, one made through another instance within that interval.
 */
final class StatelessClientTokens implements OAuth2AuthorizationService {

	static final String GRANT_TYPE_CLAIM = "gty";

	/** Longer than any access token lives: a revoked jti stays known here until its token is long expired. */
	private static final Duration MAXIMUM_LIFE = Duration.ofDays(1);

	private final OAuth2AuthorizationService delegate;

	private final JwtDecoder decoder;

	private final RegisteredClientRepository clients;

	private final JdbcClient jdbc;

	private final Clock clock;

	/** Tokens known to be revoked (true) or found not revoked a moment ago (false), by jti. */
	private final Cache<String, Boolean> revoked;

	StatelessClientTokens(OAuth2AuthorizationService delegate, JwtDecoder decoder, RegisteredClientRepository clients,
			JdbcClient jdbc, Clock clock, Duration recheck) {
		this.delegate = delegate;
		this.decoder = decoder;
		this.clients = clients;
		this.jdbc = jdbc;
		this.clock = clock;
		this.revoked = Caffeine.newBuilder()
			.maximumSize(100_000)
			.expireAfter(Expiry.creating((String jti, Boolean isRevoked) -> isRevoked ? MAXIMUM_LIFE : recheck))
			.build();
	}

	@Override
	public void save(OAuth2Authorization authorization) {
		if (!isStateless(authorization)) {
			this.delegate.save(authorization);
			return;
		}
		OAuth2Authorization.Token<OAuth2AccessToken> token = authorization.getAccessToken();
		if (token.isInvalidated()) {
			revoke(authorization.getId(), token.getToken().getExpiresAt());
		}
	}

	@Override
	public void remove(OAuth2Authorization authorization) {
		if (isStateless(authorization)) {
			revoke(authorization.getId(), authorization.getAccessToken().getToken().getExpiresAt());
			return;
		}
		this.delegate.remove(authorization);
	}

	@Override
	public OAuth2Authorization findById(String id) {
		return this.delegate.findById(id);
	}

	@Override
	public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
		if (tokenType == null || OAuth2TokenType.ACCESS_TOKEN.equals(tokenType)) {
			Jwt jwt = statelessToken(token);
			if (jwt != null) {
				return isRevoked(jwt.getId()) ? null : rebuild(jwt);
			}
		}
		return this.delegate.findByToken(token, tokenType);
	}

	/** A token this issuer signed as a stateless client token, or null for anything else. */
	private Jwt statelessToken(String token) {
		// A JWS in compact form has exactly two dots; opaque tokens, codes and refresh tokens have none.
		if (token.indexOf('.') < 0) {
			return null;
		}
		try {
			Jwt jwt = this.decoder.decode(token);
			return AuthorizationGrantType.CLIENT_CREDENTIALS.getValue().equals(jwt.getClaimAsString(GRANT_TYPE_CLAIM))
					&& jwt.getId() != null ? jwt : null;
		}
		catch (JwtException ex) {
			return null; // expired, forged or another issuer's: the store does not know it either
		}
	}

	private OAuth2Authorization rebuild(Jwt jwt) {
		RegisteredClient client = this.clients.findByClientId(jwt.getSubject());
		if (client == null) {
			return null; // the client was deleted since: its tokens die with it
		}
		Set<String> scopes = new HashSet<>(scopes(jwt));
		// A DPoP-bound token (RFC 9449) carries its key's thumbprint in cnf, and introspection must say so.
		OAuth2AccessToken.TokenType type = jwt.hasClaim("cnf") ? OAuth2AccessToken.TokenType.DPOP
				: OAuth2AccessToken.TokenType.BEARER;
		OAuth2AccessToken accessToken = new OAuth2AccessToken(type, jwt.getTokenValue(), jwt.getIssuedAt(),
				jwt.getExpiresAt(), scopes);
		return OAuth2Authorization.withRegisteredClient(client)
			.id(jwt.getId())
			.principalName(jwt.getSubject())
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.authorizedScopes(scopes)
			.token(accessToken, (metadata) -> metadata.put(OAuth2Authorization.Token.CLAIMS_METADATA_NAME,
					Map.copyOf(jwt.getClaims())))
			.build();
	}

	private static List<String> scopes(Jwt jwt) {
		Object scope = jwt.getClaims().get("scope");
		if (scope instanceof String text) {
			return List.of(text.split(" "));
		}
		return (scope != null) ? jwt.getClaimAsStringList("scope") : List.of();
	}

	/**
	 * Client credentials, no refresh token, and the claim only this issuer's JWT customizer puts in self-contained
	 * client-credentials tokens (an opaque token has no claims). A rebuilt authorization's id is the token's jti.
	 */
	private static boolean isStateless(OAuth2Authorization authorization) {
		OAuth2Authorization.Token<OAuth2AccessToken> token = authorization.getAccessToken();
		return AuthorizationGrantType.CLIENT_CREDENTIALS.equals(authorization.getAuthorizationGrantType())
				&& authorization.getRefreshToken() == null && token != null && token.getClaims() != null
				&& AuthorizationGrantType.CLIENT_CREDENTIALS.getValue().equals(token.getClaims().get(GRANT_TYPE_CLAIM));
	}

	private void revoke(String jti, Instant expiresAt) {
		this.revoked.put(jti, true);
		Instant until = (expiresAt != null) ? expiresAt : this.clock.instant();
		this.jdbc.sql("insert into revoked_access_token (jti, expires_at) values (:jti, :until) on conflict do nothing")
			.param("jti", jti)
			.param("until", Timestamp.from(until))
			.update();
	}

	private boolean isRevoked(String jti) {
		return this.revoked.get(jti, (key) -> this.jdbc
			.sql("select exists (select 1 from revoked_access_token where jti = :jti)")
			.param("jti", key)
			.query(Boolean.class)
			.single());
	}

}

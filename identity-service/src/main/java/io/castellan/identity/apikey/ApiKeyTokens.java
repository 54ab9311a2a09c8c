package io.castellan.identity.apikey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.castellan.identity.apikey.query.ApiKeyView;
import io.castellan.identity.apikey.query.ApiKeys;
import io.castellan.identity.oauth.AccessTokenSignature;
import io.castellan.identity.principal.query.PrincipalSummary;
import io.castellan.identity.principal.query.PrincipalSummaryRepository;
import io.castellan.platform.web.ProblemException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * Turns a presented API key into a short-lived access token of the platform's issuer, so every service keeps
 * validating one kind of token. The token names the owner ({@code sub}) and the key ({@code api_key_id}); a key
 * with a ceiling is marked {@code api_key_scoped}, and authz-service intersects the owner's rights with it.
 */
@Component
public class ApiKeyTokens {

	private final ApiKeyFormat format;

	private final ApiKeys keys;

	private final PrincipalSummaryRepository principals;

	private final JwtEncoder encoder;

	private final SignatureAlgorithm algorithm;

	private final Clock clock;

	private final String issuer;

	private final Duration ttl;

	ApiKeyTokens(ApiKeyFormat format, ApiKeys keys, PrincipalSummaryRepository principals, JwtEncoder encoder,
			AccessTokenSignature signature, Clock clock, @Value("${castellan.issuer:http://localhost:9000}") String issuer,
			@Value("${castellan.api-keys.token-ttl:5m}") Duration ttl) {
		this.format = format;
		this.keys = keys;
		this.principals = principals;
		this.encoder = encoder;
		this.algorithm = signature.algorithm();
		this.clock = clock;
		this.issuer = issuer;
		this.ttl = ttl;
	}

	/**
	 * @throws ProblemException 401 {@code api_key_invalid} (unknown key or wrong secret, told apart from nothing),
	 * {@code api_key_revoked} or {@code api_key_expired} (said only once the secret proved right), 403
	 * {@code principal_not_active}
	 */
	public Token exchange(String presented) {
		Instant now = this.clock.instant();
		ApiKeyFormat.Issued issued = this.format.parse(presented).orElseThrow(ApiKeyTokens::invalid);
		ApiKeyView key = this.keys.find(issued.id()).orElse(null);
		String hash = (key != null) ? this.keys.secretHash(key.keyId()).orElse(null) : null;
		if (key == null || hash == null || !this.format.matches(issued.secret(), hash)) {
			throw invalid();
		}
		if (key.revokedAt() != null) {
			throw new ProblemException(HttpStatus.UNAUTHORIZED, "api_key_revoked", "The API key was revoked.");
		}
		if (!key.usableAt(now)) {
			throw new ProblemException(HttpStatus.UNAUTHORIZED, "api_key_expired", "The API key has expired.");
		}
		PrincipalSummary owner = this.principals.find(key.ownerId()).orElseThrow(ApiKeyTokens::invalid);
		if (!owner.status().equals("active")) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "principal_not_active", "The key's owner is not active.");
		}
		this.keys.touch(key, now);
		Instant expiresAt = (key.expiresAt() != null && key.expiresAt().isBefore(now.plus(this.ttl)))
				? key.expiresAt() : now.plus(this.ttl);
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(this.issuer)
			.subject(owner.principalId())
			.issuedAt(now)
			.notBefore(now)
			.expiresAt(expiresAt)
			.id(UUID.randomUUID().toString())
			.claim("tenant_id", key.tenantId())
			.claim("api_key_id", key.keyId())
			.claim("api_key_scoped", key.ceiling() != null)
			.build();
		String value = this.encoder
			.encode(JwtEncoderParameters.from(JwsHeader.with(this.algorithm).build(), claims))
			.getTokenValue();
		return new Token(value, Duration.between(now, expiresAt).toSeconds());
	}

	private static ProblemException invalid() {
		return new ProblemException(HttpStatus.UNAUTHORIZED, "api_key_invalid", "The API key is not valid.");
	}

	/** An access token made from a key. */
	public record Token(String value, long expiresInSeconds) {

		@Override
		public String toString() {
			return "Token[expires in " + this.expiresInSeconds + "s]";
		}

	}

}

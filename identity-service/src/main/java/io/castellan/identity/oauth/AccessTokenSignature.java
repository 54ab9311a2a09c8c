package io.castellan.identity.oauth;

import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * The algorithm access tokens are signed with, {@code castellan.tokens.access-token-algorithm}: ES256 by default,
 * RS256 for resource servers that accept nothing else. ID tokens keep the client's setting (RS256 unless it says
 * otherwise), which is what relying parties expect. Every resource server of the platform accepts both.
 */
@Component
public final class AccessTokenSignature implements OAuth2TokenCustomizer<JwtEncodingContext> {

	private static final Set<SignatureAlgorithm> SIGNABLE = Set.of(SignatureAlgorithm.ES256, SignatureAlgorithm.RS256);

	private final SignatureAlgorithm algorithm;

	AccessTokenSignature(@Value("${castellan.tokens.access-token-algorithm:ES256}") String algorithm) {
		SignatureAlgorithm parsed = SignatureAlgorithm.from(algorithm);
		if (parsed == null || !SIGNABLE.contains(parsed)) {
			throw new IllegalArgumentException("castellan.tokens.access-token-algorithm must be one of " + SIGNABLE
					+ ", not '" + algorithm + "'");
		}
		this.algorithm = parsed;
	}

	/** The algorithm of every access token this service makes, including those exchanged for API keys. */
	public SignatureAlgorithm algorithm() {
		return this.algorithm;
	}

	@Override
	public void customize(JwtEncodingContext context) {
		if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
			context.getJwsHeader().algorithm(this.algorithm);
		}
	}

}

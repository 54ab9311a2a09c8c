package io.castellan.identity.oauth;

import java.util.HashMap;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Binds an access token to the key of the DPoP proof sent with the token request: the {@code cnf.jkt} claim
 * (RFC 9449 section 6.1), from which Spring Authorization Server answers {@code token_type=DPoP} and resource
 * servers demand a proof by that key. SAS adds this claim only through the token generator it builds itself; this
 * service builds its own generator, so the binding comes back as one of its customizers.
 */
@Component
final class DPoPTokenBinding implements OAuth2TokenCustomizer<JwtEncodingContext> {

	@Override
	public void customize(JwtEncodingContext context) {
		Jwt proof = context.get(OAuth2TokenContext.DPOP_PROOF_KEY);
		if (proof == null || !OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
			return;
		}
		// A HashMap: the JDBC authorization store's JSON allow-list refuses Map.of's implementation class.
		Map<String, Object> cnf = new HashMap<>();
		cnf.put("jkt", thumbprint(proof));
		context.getClaims().claim("cnf", cnf);
	}

	@SuppressWarnings("unchecked")
	private static String thumbprint(Jwt proof) {
		try {
			return JWK.parse((Map<String, Object>) proof.getHeaders().get("jwk")).computeThumbprint().toString();
		}
		catch (java.text.ParseException | JOSEException | RuntimeException ex) {
			// The proof was verified with this very key, so only a broken header gets here.
			throw new OAuth2AuthenticationException(
					new OAuth2Error(OAuth2ErrorCodes.INVALID_DPOP_PROOF, "jwk header is missing or invalid.", null),
					ex);
		}
	}

}

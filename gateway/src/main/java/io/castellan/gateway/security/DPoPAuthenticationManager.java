package io.castellan.gateway.security;

import reactor.core.publisher.Mono;

import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.DPoPAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.util.Assert;

/**
 * Authenticates bearer and DPoP-bound access tokens (RFC 9449), which Spring Security's reactive resource server
 * does not do for DPoP. Either way the token is verified by the same JWT authentication as a bearer token
 * (signature, issuer, expiry); a DPoP token's proof is then checked against the request and the token, and a
 * DPoP-bound token sent as {@code Bearer} is refused (RFC 9449 section 7.2: whoever holds it must prove the key).
 */
public final class DPoPAuthenticationManager implements ReactiveAuthenticationManager {

	private final ReactiveAuthenticationManager tokens;

	private final DPoPProofVerifier proofs;

	public DPoPAuthenticationManager(ReactiveAuthenticationManager tokens, DPoPProofVerifier proofs) {
		Assert.notNull(tokens, "tokens cannot be null");
		Assert.notNull(proofs, "proofs cannot be null");
		this.tokens = tokens;
		this.proofs = proofs;
	}

	@Override
	public Mono<Authentication> authenticate(Authentication authentication) {
		if (authentication instanceof DPoPAuthenticationToken dpop) {
			return this.tokens.authenticate(new BearerTokenAuthenticationToken(dpop.getAccessToken()))
				.onErrorMap((ex) -> ex instanceof OAuth2AuthenticationException && !(ex instanceof DPoPAuthenticationException),
						(ex) -> DPoPAuthenticationException.invalidToken(
								"The access token is invalid, expired or not issued by this platform.", ex))
				.map((result) -> {
					this.proofs.verify(dpop, jwt(result));
					return result;
				});
		}
		return this.tokens.authenticate(authentication).map((result) -> {
			if (result instanceof JwtAuthenticationToken jwt && DPoPProofVerifier.boundKey(jwt.getToken()) != null) {
				throw DPoPAuthenticationException.invalidToken(
						"The access token is bound to a DPoP key: send it as Authorization: DPoP with a DPoP proof.",
						null);
			}
			return result;
		});
	}

	private static Jwt jwt(Authentication result) {
		if (result instanceof JwtAuthenticationToken jwt) {
			return jwt.getToken();
		}
		throw DPoPAuthenticationException.invalidToken("The DPoP access token could not be authenticated.", null);
	}

}

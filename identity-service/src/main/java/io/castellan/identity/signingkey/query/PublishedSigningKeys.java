package io.castellan.identity.signingkey.query;

import java.util.List;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.stereotype.Component;

/**
 * The JWKS (RFC 7517) as Spring Authorization Server serves it at {@code /oauth2/jwks} and as this service's own
 * API validates tokens: the active key and the retired ones whose tokens may still be alive, public parts only.
 */
@Component
public final class PublishedSigningKeys implements JWKSource<SecurityContext> {

	private final SigningKeyCache cache;

	PublishedSigningKeys(SigningKeyCache cache) {
		this.cache = cache;
	}

	@Override
	public List<JWK> get(JWKSelector selector, SecurityContext context) {
		return selector.select(this.cache.published());
	}

}

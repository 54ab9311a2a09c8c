package io.castellan.gateway;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Access tokens for gateway tests, signed with Nimbus: by the key the test identity upstream publishes in its
 * JWKS, or by a key nobody trusts.
 */
final class TestJwts {

	static final String ISSUER = "http://castellan.test";

	private static final RSAKey TRUSTED = generate("trusted");

	private static final RSAKey FORGER = generate("trusted");

	private TestJwts() {
	}

	/** The JWKS document of the trusted key. */
	static String jwks() {
		return new JWKSet(TRUSTED.toPublicJWK()).toString();
	}

	static String valid(String subject) {
		return sign(TRUSTED, subject, ISSUER, Instant.now().plusSeconds(300));
	}

	/** Same key id as the trusted key, different key. */
	static String forged(String subject) {
		return sign(FORGER, subject, ISSUER, Instant.now().plusSeconds(300));
	}

	static String expired(String subject) {
		return sign(TRUSTED, subject, ISSUER, Instant.now().minusSeconds(600));
	}

	static String fromOtherIssuer(String subject) {
		return sign(TRUSTED, subject, "https://evil.example", Instant.now().plusSeconds(300));
	}

	private static String sign(RSAKey key, String subject, String issuer, Instant expiresAt) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject)
			.issuer(issuer)
			.jwtID(UUID.randomUUID().toString())
			.issueTime(Date.from(expiresAt.minusSeconds(300)))
			.expirationTime(Date.from(expiresAt))
			.claim("scope", "platform.admin")
			.build();
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
					claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAKey generate(String keyId) {
		try {
			return new RSAKeyGenerator(2048).keyID(keyId).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

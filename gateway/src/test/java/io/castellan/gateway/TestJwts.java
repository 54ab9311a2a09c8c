package io.castellan.gateway;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Access tokens for gateway tests, signed with Nimbus: by the keys the test identity upstream publishes in its
 * JWKS (RS256, and ES256 as identity-service signs access tokens), or by a key nobody trusts.
 */
final class TestJwts {

	static final String ISSUER = "http://castellan.test";

	private static final RSAKey TRUSTED = generate("trusted");

	private static final RSAKey FORGER = generate("trusted");

	private static final ECKey TRUSTED_EC = generateEc("trusted-es256");

	private TestJwts() {
	}

	/** The JWKS document of the trusted key. */
	static String jwks() {
		return new JWKSet(List.of(TRUSTED.toPublicJWK(), TRUSTED_EC.toPublicJWK())).toString();
	}

	/** A DPoP-bound ES256 access token (RFC 9449 section 6.1): {@code cnf.jkt} is the proof key's thumbprint. */
	static String dpopBound(String subject, JWK proofKey) {
		try {
			return signEs256(new JWTClaimsSet.Builder(claims(subject, ISSUER, Instant.now().plusSeconds(300)))
				.claim("cnf", Map.of("jkt", proofKey.computeThumbprint().toString()))
				.build());
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An ES256 bearer token, bound to no key. */
	static String validEs256(String subject) {
		return signEs256(claims(subject, ISSUER, Instant.now().plusSeconds(300)));
	}

	/** A key a DPoP client holds (P-256, as browsers' WebCrypto keys usually are). */
	static ECKey proofKey() {
		return generateEc(UUID.randomUUID().toString());
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

	private static JWTClaimsSet claims(String subject, String issuer, Instant expiresAt) {
		return new JWTClaimsSet.Builder().subject(subject)
			.issuer(issuer)
			.jwtID(UUID.randomUUID().toString())
			.issueTime(Date.from(expiresAt.minusSeconds(300)))
			.expirationTime(Date.from(expiresAt))
			.claim("scope", "platform.admin")
			.build();
	}

	private static String signEs256(JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(
					new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(TRUSTED_EC.getKeyID()).build(), claims);
			jwt.sign(new ECDSASigner(TRUSTED_EC));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String sign(RSAKey key, String subject, String issuer, Instant expiresAt) {
		JWTClaimsSet claims = claims(subject, issuer, expiresAt);
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

	private static ECKey generateEc(String keyId) {
		try {
			return new ECKeyGenerator(Curve.P_256).keyID(keyId).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

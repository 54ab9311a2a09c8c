package io.castellan.platform.test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs access tokens for service tests with a key pair the test JWT decoder trusts; also a second, untrusted key
 * pair to forge tokens with.
 */
public final class TestTokens {

	static final KeyPair TRUSTED = generate();

	private static final KeyPair FORGER = generate();

	private TestTokens() {
	}

	/** A valid token for a subject, with optional extra claims. */
	public static String bearer(String subject, Map<String, Object> claims) {
		return sign(TRUSTED, subject, claims, Instant.now().plusSeconds(300));
	}

	public static String bearer(String subject) {
		return bearer(subject, Map.of());
	}

	/** Signed by a key the platform does not trust. */
	public static String forged(String subject) {
		return sign(FORGER, subject, Map.of(), Instant.now().plusSeconds(300));
	}

	public static String expired(String subject) {
		return sign(TRUSTED, subject, Map.of(), Instant.now().minusSeconds(600));
	}

	static RSAPublicKey publicKey() {
		return (RSAPublicKey) TRUSTED.getPublic();
	}

	private static String sign(KeyPair keys, String subject, Map<String, Object> claims, Instant expiresAt) {
		JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().subject(subject)
			.issuer("http://castellan.test")
			.jwtID(UUID.randomUUID().toString())
			.issueTime(Date.from(expiresAt.minusSeconds(300)))
			.expirationTime(Date.from(expiresAt));
		claims.forEach(builder::claim);
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), builder.build());
			jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package io.castellan.identity.signingkey.command;

import java.security.InvalidAlgorithmParameterException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Fresh key pairs for {@link RotateSigningKey}, one key ring per algorithm (RFC 7518 section 3.1):
 * <ul>
 * <li>RS256 with 2048-bit keys, for ID tokens: OpenID Connect requires every provider to support it and relying
 * parties expect it by default;</li>
 * <li>ES256 on P-256, for access tokens: signing one costs a fraction of an RSA signature, which was more than
 * half of the CPU of a client_credentials token request.</li>
 * </ul>
 */
public final class NewSigningKey {

	public static final String RSA = "RS256";

	public static final String EC = "ES256";

	/** Every algorithm that has a ring; each rotation of "the keys" rotates each of them. */
	public static final List<String> ALGORITHMS = List.of(RSA, EC);

	/** The RS256 ring keeps the id it had before there were several, so existing stores carry on. */
	public static final String RING = "signing-keys";

	private NewSigningKey() {
	}

	/** The ring of an algorithm's keys. */
	public static String ringOf(String algorithm) {
		return RSA.equals(algorithm) ? RING : RING + "-" + algorithm.toLowerCase(Locale.ROOT);
	}

	public static RotateSigningKey rotate(String algorithm, RotateSigningKey.When when, String expectedActiveKid,
			String rotatedBy, Instant rotatedAt) {
		KeyPair pair = generate(algorithm);
		return new RotateSigningKey(ringOf(algorithm), UUID.randomUUID().toString(), algorithm,
				pair.getPublic().getEncoded(), pair.getPrivate().getEncoded(), when, expectedActiveKid, rotatedBy,
				rotatedAt);
	}

	private static KeyPair generate(String algorithm) {
		try {
			if (RSA.equals(algorithm)) {
				KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
				generator.initialize(2048);
				return generator.generateKeyPair();
			}
			if (EC.equals(algorithm)) {
				KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
				generator.initialize(new ECGenParameterSpec("secp256r1"));
				return generator.generateKeyPair();
			}
			throw new IllegalArgumentException("No signing keys for algorithm " + algorithm);
		}
		catch (NoSuchAlgorithmException | InvalidAlgorithmParameterException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

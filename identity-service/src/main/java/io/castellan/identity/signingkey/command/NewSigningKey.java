package io.castellan.identity.signingkey.command;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.UUID;

/** Fresh RSA key pairs for {@link RotateSigningKey}: RS256 (RFC 7518 section 3.3), 2048-bit keys. */
public final class NewSigningKey {

	public static final String RING = "signing-keys";

	public static final String ALGORITHM = "RS256";

	private NewSigningKey() {
	}

	public static RotateSigningKey rotate(RotateSigningKey.When when, String expectedActiveKid, String rotatedBy,
			Instant rotatedAt) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			return new RotateSigningKey(RING, UUID.randomUUID().toString(), ALGORITHM, pair.getPublic().getEncoded(),
					pair.getPrivate().getEncoded(), when, expectedActiveKid, rotatedBy, rotatedAt);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

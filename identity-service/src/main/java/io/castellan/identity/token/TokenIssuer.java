package io.castellan.identity.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import io.castellan.platform.security.SealedSecrets;

import org.springframework.stereotype.Component;

/**
 * Makes single-use tokens: 32 bytes from {@link SecureRandom}, base64url. A token that strong needs no slow hash:
 * SHA-256 makes the stored form useless to whoever reads the table.
 */
@Component
public final class TokenIssuer {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final SecureRandom random = new SecureRandom();

	private final SealedSecrets linkKey;

	TokenIssuer(SealedSecrets linkKey) {
		this.linkKey = linkKey;
	}

	/**
	 * @param sealingContext what the sealed form is bound to, as the published event's contract names it
	 * @param expiresAt when the token stops working
	 */
	public IssuedToken issue(String sealingContext, Instant expiresAt) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = ENCODER.encodeToString(bytes);
		return new IssuedToken(hash(token), this.linkKey.seal(token, sealingContext), expiresAt);
	}

	/** The stored form of a token: lower-case hex SHA-256 of its text. */
	public static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

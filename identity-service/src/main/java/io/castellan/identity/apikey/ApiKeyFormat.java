package io.castellan.identity.apikey;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code cst_<id>_<secret>}: a 20-character id to find the key, and 256 random bits of secret. Secrets that random
 * need no slow hash; a keyed HMAC-SHA256 under the service's pepper means a stolen table alone verifies nothing.
 */
@Component
public class ApiKeyFormat {

	public static final String PREFIX = "cst_";

	private static final String ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

	private static final int ID_LENGTH = 20;

	private final SecureRandom random = new SecureRandom();

	private final SecretKeySpec pepper;

	ApiKeyFormat(@Value("${castellan.api-keys.pepper:}") String pepper) {
		if (pepper.length() < 16) {
			throw new IllegalStateException("Set CASTELLAN_API_KEY_PEPPER (castellan.api-keys.pepper) to a random value"
					+ " of at least 16 characters: API key secrets are stored under it.");
		}
		this.pepper = new SecretKeySpec(pepper.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	/** A new id and secret. */
	public Issued issue() {
		StringBuilder id = new StringBuilder(ID_LENGTH);
		for (int i = 0; i < ID_LENGTH; i++) {
			id.append(ID_ALPHABET.charAt(this.random.nextInt(ID_ALPHABET.length())));
		}
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		return new Issued(id.toString(), Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
	}

	/** The id and secret of a presented key, or empty when it is not one of ours. */
	public Optional<Issued> parse(String presented) {
		if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 200) {
			return Optional.empty();
		}
		int separator = PREFIX.length() + ID_LENGTH;
		if (presented.length() <= separator + 1 || presented.charAt(separator) != '_') {
			return Optional.empty();
		}
		return Optional.of(new Issued(presented.substring(PREFIX.length(), separator),
				presented.substring(separator + 1)));
	}

	public String hash(String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.pepper);
			return HexFormat.of().formatHex(mac.doFinal(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Compares in constant time, so timing does not reveal how much of a guess was right. */
	public boolean matches(String secret, String hash) {
		return MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.US_ASCII),
				hash.getBytes(StandardCharsets.US_ASCII));
	}

	/** A key's id and secret. */
	public record Issued(String id, String secret) {

		public String presented() {
			return PREFIX + this.id + "_" + this.secret;
		}

		@Override
		public String toString() {
			return "Issued[" + this.id + "]";
		}

	}

}

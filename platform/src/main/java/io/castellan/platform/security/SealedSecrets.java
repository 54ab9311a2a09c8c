package io.castellan.platform.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.util.Assert;

/**
 * Seals a short secret (a one-time token, a link) so that it can travel through events and rest in event stores
 * without being readable: AES-256-GCM with a fresh random 96-bit nonce per seal (NIST SP 800-38D), and a context
 * string bound in as associated data, so a sealed value lifted from one event cannot be replayed as another's.
 * <p>
 * Format: {@code v1.} followed by base64url (no padding) of nonce (12 bytes) ‖ ciphertext ‖ tag (16 bytes). Any
 * consumer with the key can open it: the format is part of the published event contracts.
 */
public final class SealedSecrets {

	/** Version prefix of every sealed value. */
	public static final String PREFIX = "v1.";

	private static final String ALGORITHM = "AES/GCM/NoPadding";

	private static final int KEY_BYTES = 32;

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final SecretKey key;

	private final SecureRandom random = new SecureRandom();

	private SealedSecrets(byte[] key) {
		this.key = new SecretKeySpec(key, "AES");
	}

	/**
	 * @param base64Key 32 bytes, standard or URL-safe base64
	 * @throws IllegalArgumentException when the key is missing or not 32 bytes
	 */
	public static SealedSecrets fromBase64Key(String base64Key) {
		Assert.hasText(base64Key, "base64Key cannot be empty");
		byte[] key;
		try {
			String text = base64Key.strip();
			key = (text.contains("-") || text.contains("_")) ? Base64.getUrlDecoder().decode(text)
					: Base64.getDecoder().decode(text);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("The sealing key is not base64", ex);
		}
		if (key.length != KEY_BYTES) {
			throw new IllegalArgumentException(
					"The sealing key must be " + KEY_BYTES + " bytes (AES-256), not " + key.length);
		}
		return new SealedSecrets(key);
	}

	/** Seals a secret for a context, for example {@code castellan.identity.invite.created.v1/<inviteId>}. */
	public String seal(String secret, String context) {
		Assert.notNull(secret, "secret cannot be null");
		Assert.notNull(context, "context cannot be null");
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance(ALGORITHM);
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
			return PREFIX + ENCODER.encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length)
				.put(nonce)
				.put(sealed)
				.array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	/**
	 * Opens a sealed value.
	 * @throws IllegalArgumentException when it is malformed, sealed under another key or for another context
	 */
	public String unseal(String sealed, String context) {
		Assert.notNull(context, "context cannot be null");
		if (sealed == null || !sealed.startsWith(PREFIX)) {
			throw new IllegalArgumentException("Not a sealed value");
		}
		byte[] bytes;
		try {
			bytes = Base64.getUrlDecoder().decode(sealed.substring(PREFIX.length()));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Not a sealed value", ex);
		}
		if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
			throw new IllegalArgumentException("Not a sealed value");
		}
		try {
			Cipher cipher = Cipher.getInstance(ALGORITHM);
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
			cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
			return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (AEADBadTagException ex) {
			throw new IllegalArgumentException("The sealed value does not open with this key and context", ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	/** Whether a value has the shape of a sealed one (it may still fail to open). */
	public static boolean isSealed(String value) {
		return value != null && value.startsWith(PREFIX);
	}

	@Override
	public String toString() {
		return "SealedSecrets[AES-256-GCM]";
	}

}

package io.castellan.identity.signingkey;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.castellan.platform.security.SealedSecrets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Private signing keys are sealed at rest (AES-256-GCM, {@link SealedSecrets}), bound to their kid so a sealed key
 * copied onto another row does not open. Whoever reads the database or a backup gets no key that signs tokens.
 * The key is {@code castellan.signing-keys.encryption-key} (CASTELLAN_SIGNING_KEY_ENCRYPTION_KEY, base64 of 32
 * bytes), by default the link key: the kid-bound context keeps the two uses apart. Keys stored before sealing
 * existed (plain PKCS#8, which starts with a DER sequence byte, never with the seal's prefix) are still read.
 */
@Component
public final class SigningKeySeal {

	private final SealedSecrets seal;

	SigningKeySeal(@Value("${castellan.signing-keys.encryption-key:${castellan.link-key:}}") String key) {
		this.seal = SealedSecrets.fromBase64Key(key);
	}

	/** The stored form of a PKCS#8 private key. */
	public byte[] seal(String kid, byte[] pkcs8) {
		return this.seal.seal(Base64.getEncoder().encodeToString(pkcs8), context(kid))
			.getBytes(StandardCharsets.US_ASCII);
	}

	/** The PKCS#8 private key of a stored form; a key stored before sealing is returned as it is. */
	public byte[] open(String kid, byte[] stored) {
		String text = new String(stored, StandardCharsets.US_ASCII);
		if (!SealedSecrets.isSealed(text)) {
			return stored;
		}
		return Base64.getDecoder().decode(this.seal.unseal(text, context(kid)));
	}

	private static String context(String kid) {
		return "castellan.identity.signing_key/" + kid;
	}

}

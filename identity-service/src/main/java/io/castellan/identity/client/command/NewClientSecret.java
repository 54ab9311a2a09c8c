package io.castellan.identity.client.command;

import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A fresh client secret (256 random bits, base64url) and its hash. The plain value is shown to the caller once and
 * kept nowhere; only the hash travels on to the command.
 */
public record NewClientSecret(String value, String hash) {

	private static final SecureRandom RANDOM = new SecureRandom();

	public static NewClientSecret generate(PasswordEncoder encoder) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return of(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), encoder);
	}

	/** A secret chosen elsewhere (the configured bootstrap secret). */
	public static NewClientSecret of(String value, PasswordEncoder encoder) {
		return new NewClientSecret(value, encoder.encode(value));
	}

	@Override
	public String toString() {
		return "NewClientSecret[value=<hidden>]";
	}

}

package io.castellan.platform.test;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Keys the services need to start, made fresh for each test JVM: the repository holds no key, not even a test one.
 */
public final class TestSecrets {

	/** Base64 of 32 random bytes, the shape {@code castellan.link-key} needs. */
	public static final String LINK_KEY = random(32);

	public static final String API_KEY_PEPPER = random(32);

	private TestSecrets() {
	}

	private static String random(int bytes) {
		byte[] value = new byte[bytes];
		new SecureRandom().nextBytes(value);
		return Base64.getEncoder().encodeToString(value);
	}

}

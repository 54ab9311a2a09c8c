package io.castellan.identity.credential;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Remembers, for a few minutes, that a client secret matched a stored hash, so a client authenticating on every
 * token request pays Argon2id once rather than every time. People's passwords bypass it ({@link #uncached()}). Only successes are remembered, keyed by a SHA-256 of the
 * secret together with the stored hash: a wrong guess always pays the full cost, and a rotated secret (a new
 * stored hash) never matches an old entry. Storage at rest is unchanged: Argon2id.
 */
public final class VerifiedSecretCache implements PasswordEncoder {

	private final PasswordEncoder delegate;

	private final Cache<String, Boolean> verified;

	public VerifiedSecretCache(PasswordEncoder delegate, Duration ttl, long maximumSize) {
		this.delegate = delegate;
		this.verified = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maximumSize).build();
	}

	/**
	 * The encoder without the cache, for people's passwords: a remembered SHA-256 of a guessable password would be
	 * far cheaper to attack from a memory dump than its Argon2id hash. Client secrets are random; theirs may be.
	 */
	public PasswordEncoder uncached() {
		return this.delegate;
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return this.delegate.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (rawPassword == null || encodedPassword == null) {
			return this.delegate.matches(rawPassword, encodedPassword);
		}
		String key = sha256(rawPassword + "\u0000" + encodedPassword);
		if (this.verified.getIfPresent(key) != null) {
			return true;
		}
		boolean matches = this.delegate.matches(rawPassword, encodedPassword);
		if (matches) {
			this.verified.put(key, Boolean.TRUE);
		}
		return matches;
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return this.delegate.upgradeEncoding(encodedPassword);
	}

	private static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

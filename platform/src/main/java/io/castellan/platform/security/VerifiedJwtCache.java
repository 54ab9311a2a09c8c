package io.castellan.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A JWT decoder that remembers the tokens it verified until they expire. Callers present the same token many
 * times in its life, and verifying its signature (an ECDSA or RSA operation) costs more than the rest of a small
 * request. Only tokens that passed every check are kept, keyed by their exact text, and never past their
 * {@code exp}; a token without one is not kept. Revocation is checked after decoding (session revocation), so a
 * cached token of a revoked session is still refused.
 */
public final class VerifiedJwtCache implements JwtDecoder {

	private final JwtDecoder delegate;

	private final Clock clock;

	private final Cache<String, Jwt> verified;

	public VerifiedJwtCache(JwtDecoder delegate, long maximumSize, Duration maximumAge, Clock clock) {
		this.delegate = delegate;
		this.clock = clock;
		this.verified = Caffeine.newBuilder()
			.maximumSize(maximumSize)
			// The cache's time is the clock's, the one token expiry is checked against.
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.expireAfter(Expiry.creating((String token, Jwt jwt) -> lifeLeft(jwt, maximumAge, clock)))
			.build();
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Jwt cached = this.verified.getIfPresent(token);
		if (cached != null && this.clock.instant().isBefore(cached.getExpiresAt())) {
			return cached;
		}
		Jwt jwt = this.delegate.decode(token);
		if (jwt.getExpiresAt() != null) {
			this.verified.put(token, jwt);
		}
		return jwt;
	}

	private static Duration lifeLeft(Jwt jwt, Duration maximumAge, Clock clock) {
		Duration left = Duration.between(clock.instant(), jwt.getExpiresAt());
		if (left.isNegative()) {
			return Duration.ZERO;
		}
		return (left.compareTo(maximumAge) < 0) ? left : maximumAge;
	}

	/** Tokens held now; for tests and metrics. */
	public long size() {
		this.verified.cleanUp();
		return this.verified.estimatedSize();
	}

}

package io.castellan.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.util.Assert;

/**
 * A reactive JWT decoder that remembers the tokens it verified, keyed by their exact text, until their {@code exp}
 * or {@code maximumAge}, whichever is sooner. A client sends the same token many times in its life, and verifying
 * its signature (ECDSA for access tokens) costs more than routing a small request. Failures are never kept, nor
 * tokens without {@code exp}. The servlet services have the same in {@code platform}'s {@code VerifiedJwtCache};
 * the gateway does not depend on {@code platform}.
 */
public final class VerifiedJwtCache implements ReactiveJwtDecoder {

	private final ReactiveJwtDecoder delegate;

	private final Clock clock;

	private final Cache<String, Jwt> verified;

	public VerifiedJwtCache(ReactiveJwtDecoder delegate, long maximumSize, Duration maximumAge, Clock clock) {
		Assert.notNull(delegate, "delegate cannot be null");
		Assert.isTrue(maximumSize > 0, "maximumSize must be positive");
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
	public Mono<Jwt> decode(String token) {
		Jwt cached = this.verified.getIfPresent(token);
		if (cached != null && this.clock.instant().isBefore(cached.getExpiresAt())) {
			return Mono.just(cached);
		}
		return this.delegate.decode(token).doOnNext((jwt) -> {
			if (jwt.getExpiresAt() != null) {
				this.verified.put(token, jwt);
			}
		});
	}

	private static Duration lifeLeft(Jwt jwt, Duration maximumAge, Clock clock) {
		Duration left = Duration.between(clock.instant(), jwt.getExpiresAt());
		if (left.isNegative()) {
			return Duration.ZERO;
		}
		return (left.compareTo(maximumAge) < 0) ? left : maximumAge;
	}

	/** Tokens held now; for tests. */
	long size() {
		this.verified.cleanUp();
		return this.verified.estimatedSize();
	}

}

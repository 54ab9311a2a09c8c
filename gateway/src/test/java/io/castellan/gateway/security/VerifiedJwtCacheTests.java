package io.castellan.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedJwtCacheTests {

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	private final List<String> verifications = new ArrayList<>();

	private final MutableClock clock = new MutableClock(NOW);

	@Test
	void decodeWhenSameTokenAgainThenVerifiedOnce() {
		VerifiedJwtCache cache = cache(expiringIn(Duration.ofMinutes(2)));

		Jwt first = cache.decode("token-a").block();
		Jwt second = cache.decode("token-a").block();

		assertThat(second).isSameAs(first);
		assertThat(this.verifications).containsExactly("token-a");
	}

	@Test
	void decodeWhenTokenExpiredSinceThenVerifiedAgain() {
		VerifiedJwtCache cache = cache(expiringIn(Duration.ofMinutes(2)));
		cache.decode("token-a").block();

		this.clock.now = NOW.plus(Duration.ofMinutes(3));
		cache.decode("token-a").block();

		assertThat(this.verifications).containsExactly("token-a", "token-a");
	}

	@Test
	void decodeWhenOlderThanMaximumAgeThenVerifiedAgain() {
		VerifiedJwtCache cache = cache(expiringIn(Duration.ofHours(1)));
		cache.decode("token-a").block();

		this.clock.now = NOW.plus(Duration.ofMinutes(4));
		cache.decode("token-a").block();
		this.clock.now = NOW.plus(Duration.ofMinutes(6));
		cache.decode("token-a").block();

		assertThat(this.verifications).containsExactly("token-a", "token-a");
	}

	@Test
	void decodeWhenVerificationFailsThenNothingKept() {
		VerifiedJwtCache cache = cache((token) -> Mono.error(new BadJwtException("forged")));

		assertThatThrownBy(() -> cache.decode("forged").block()).isInstanceOf(BadJwtException.class);
		assertThatThrownBy(() -> cache.decode("forged").block()).isInstanceOf(BadJwtException.class);

		assertThat(this.verifications).containsExactly("forged", "forged");
		assertThat(cache.size()).isZero();
	}

	@Test
	void decodeWhenDifferentTokensThenEachVerified() {
		VerifiedJwtCache cache = cache(expiringIn(Duration.ofMinutes(2)));

		cache.decode("token-a").block();
		cache.decode("token-b").block();
		cache.decode("token-a").block();

		assertThat(this.verifications).containsExactly("token-a", "token-b");
	}

	@Test
	void decodeWhenMoreTokensThanMaximumSizeThenBounded() {
		VerifiedJwtCache cache = new VerifiedJwtCache(counting(expiringIn(Duration.ofMinutes(2))), 2,
				Duration.ofMinutes(5), this.clock);

		for (int i = 0; i < 10; i++) {
			cache.decode("token-" + i).block();
		}

		assertThat(cache.size()).isLessThanOrEqualTo(2);
	}

	private VerifiedJwtCache cache(ReactiveJwtDecoder decoder) {
		return new VerifiedJwtCache(counting(decoder), 100, Duration.ofMinutes(5), this.clock);
	}

	/** Counts verifications when subscribed, as a real decoder verifies. */
	private ReactiveJwtDecoder counting(ReactiveJwtDecoder decoder) {
		return (token) -> Mono.defer(() -> {
			this.verifications.add(token);
			return decoder.decode(token);
		});
	}

	private ReactiveJwtDecoder expiringIn(Duration life) {
		return (token) -> Mono.fromSupplier(() -> Jwt.withTokenValue(token)
			.header("alg", "ES256")
			.subject("someone")
			.issuedAt(this.clock.instant())
			.expiresAt(this.clock.instant().plus(life))
			.build());
	}

	/** A clock the test moves. */
	private static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}

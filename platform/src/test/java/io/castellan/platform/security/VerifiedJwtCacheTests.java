package io.castellan.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedJwtCacheTests {

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	private final List<String> verifications = new ArrayList<>();

	private final MutableClock clock = new MutableClock(NOW);

	@Test
	void decodeWhenSameTokenAgainThenVerifiedOnce() {
		VerifiedJwtCache cache = cache(expiringIn(Duration.ofMinutes(2)));

		Jwt first = cache.decode("token-a");
		Jwt second = cache.decode("token-a");

		assertThat(second).isSameAs(first);
		assertThat(this.verifications).containsExactly("token-a");
	}

	@Test
	void decodeWhenTokenExpiredSinceThenVerifiedAgain() {
		VerifiedJwtCache cache = cache(expiringIn(Duration.ofMinutes(2)));
		cache.decode("token-a");

		this.clock.now = NOW.plus(Duration.ofMinutes(3));
		cache.decode("token-a");

		assertThat(this.verifications).containsExactly("token-a", "token-a");
	}

	@Test
	void decodeWhenOlderThanMaximumAgeThenVerifiedAgain() {
		VerifiedJwtCache cache = new VerifiedJwtCache(counting(expiringIn(Duration.ofHours(1))), 100,
				Duration.ofMinutes(5), this.clock);
		cache.decode("token-a");

		this.clock.now = NOW.plus(Duration.ofMinutes(6));
		cache.decode("token-a");

		assertThat(this.verifications).hasSize(2);
	}

	@Test
	void decodeWhenVerificationFailsThenNothingKept() {
		VerifiedJwtCache cache = cache((token) -> {
			throw new BadJwtException("forged");
		});

		assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);
		assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);
		assertThat(this.verifications).containsExactly("forged", "forged");
		assertThat(cache.size()).isZero();
	}

	@Test
	void decodeWhenDifferentTokensThenEachVerified() {
		VerifiedJwtCache cache = cache(expiringIn(Duration.ofMinutes(2)));

		cache.decode("token-a");
		cache.decode("token-b");

		assertThat(this.verifications).containsExactly("token-a", "token-b");
	}

	private VerifiedJwtCache cache(JwtDecoder decoder) {
		return new VerifiedJwtCache(counting(decoder), 100, Duration.ofMinutes(5), this.clock);
	}

	private JwtDecoder counting(JwtDecoder decoder) {
		return (token) -> {
			this.verifications.add(token);
			return decoder.decode(token);
		};
	}

	private JwtDecoder expiringIn(Duration life) {
		return (token) -> Jwt.withTokenValue(token)
			.header("alg", "ES256")
			.subject("someone")
			.issuedAt(this.clock.instant())
			.expiresAt(this.clock.instant().plus(life))
			.build();
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

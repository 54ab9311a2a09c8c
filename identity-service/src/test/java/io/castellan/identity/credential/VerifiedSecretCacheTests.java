package io.castellan.identity.credential;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedSecretCacheTests {

	private final AtomicInteger checks = new AtomicInteger();

	private final PasswordEncoder counting = new PasswordEncoder() {
		@Override
		public String encode(CharSequence raw) {
			return "{plain}" + raw;
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			VerifiedSecretCacheTests.this.checks.incrementAndGet();
			return encoded.equals("{plain}" + raw);
		}
	};

	private final VerifiedSecretCache cache = new VerifiedSecretCache(this.counting, Duration.ofMinutes(1), 100);

	@Test
	void matchesWhenSecretVerifiedBeforeThenAnsweredWithoutTheSlowCheck() {
		assertThat(this.cache.matches("s3cret", "{plain}s3cret")).isTrue();
		assertThat(this.cache.matches("s3cret", "{plain}s3cret")).isTrue();
		assertThat(this.checks).hasValue(1);
	}

	@Test
	void matchesWhenGuessWrongThenEveryGuessPaysTheFullCheck() {
		assertThat(this.cache.matches("guess", "{plain}s3cret")).isFalse();
		assertThat(this.cache.matches("guess", "{plain}s3cret")).isFalse();
		assertThat(this.checks).hasValue(2);
	}

	@Test
	void passwordsWhenCheckedTwiceThenFullCostEachTimeBecausePeoplesPasswordsAreNeverCached() {
		Passwords passwords = new Passwords(null, null, this.cache);
		assertThat(passwords.matches("s3cret", "{plain}s3cret")).isTrue();
		assertThat(passwords.matches("s3cret", "{plain}s3cret")).isTrue();
		assertThat(this.checks).hasValue(2);
	}

	@Test
	void matchesWhenStoredHashChangedThenTheOldSuccessDoesNotCount() {
		assertThat(this.cache.matches("s3cret", "{plain}s3cret")).isTrue();
		assertThat(this.cache.matches("s3cret", "{plain}rotated")).isFalse();
		assertThat(this.checks).hasValue(2);
	}

}

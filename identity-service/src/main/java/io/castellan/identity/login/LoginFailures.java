package io.castellan.identity.login;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Failed logins per identifier, in the database so every replica counts the same attempts. {@code max} failures
 * within {@code window} lock the identifier until the oldest of them leaves the window.
 */
@Component
class LoginFailures {

	private final JdbcClient jdbc;

	private final int max;

	private final Duration window;

	LoginFailures(JdbcClient jdbc, @Value("${castellan.login.max-failures:5}") int max,
			@Value("${castellan.login.failure-window:15m}") Duration window) {
		this.jdbc = jdbc;
		this.max = max;
		this.window = window;
	}

	/** How long the identifier stays locked, or empty when it is not. */
	Optional<Duration> lockedFor(String identifier, Instant now) {
		List<Instant> recent = this.jdbc.sql("""
				select failed_at from login_failure where identifier_key = :key and failed_at > :since
				order by failed_at desc limit :max""")
			.param("key", key(identifier))
			.param("since", Timestamp.from(now.minus(this.window)))
			.param("max", this.max)
			.query((row, index) -> row.getTimestamp(1).toInstant())
			.list();
		if (recent.size() < this.max) {
			return Optional.empty();
		}
		Duration left = Duration.between(now, recent.getLast().plus(this.window));
		return Optional.of(left.isNegative() ? Duration.ofSeconds(1) : left);
	}

	void record(String identifier, Instant now) {
		this.jdbc.sql("insert into login_failure (identifier_key, failed_at) values (:key, :at)")
			.param("key", key(identifier))
			.param("at", Timestamp.from(now))
			.update();
		// Pruning here keeps the table small without a scheduler.
		this.jdbc.sql("delete from login_failure where failed_at < :before")
			.param("before", Timestamp.from(now.minus(this.window)))
			.update();
	}

	void clear(String identifier) {
		this.jdbc.sql("delete from login_failure where identifier_key = :key").param("key", key(identifier)).update();
	}

	private static String key(String identifier) {
		String key = identifier.strip().toLowerCase(Locale.ROOT);
		return (key.length() > 400) ? key.substring(0, 400) : key;
	}

}

package io.castellan.notification.notification.command;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.util.Assert;

/**
 * How long to wait after each failed attempt before the next. With {@code n} delays a notification gets
 * {@code n + 1} attempts; when the last fails it is dead. The product's schedule is {@link #standard()}; tests and
 * operators can configure another ({@code castellan.notification.retry-delays}).
 */
public final class RetrySchedule {

	private final List<Duration> delays;

	public RetrySchedule(List<Duration> delays) {
		Assert.notEmpty(delays, "delays cannot be empty");
		Assert.noNullElements(delays, "delays cannot contain null");
		Assert.isTrue(delays.stream().noneMatch((delay) -> delay.isNegative() || delay.isZero()),
				"delays must be positive");
		this.delays = List.copyOf(delays);
	}

	/** 1 min, 5 min, 30 min, 2 h, 12 h: six attempts in about 15 hours, then dead. */
	public static RetrySchedule standard() {
		return new RetrySchedule(List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
				Duration.ofHours(2), Duration.ofHours(12)));
	}

	public int maxAttempts() {
		return this.delays.size() + 1;
	}

	/**
	 * When to try again after a failure.
	 * @param failedAttempt which attempt of the current round failed, from 1
	 * @return the time of the next attempt, or null when that was the last one
	 */
	public Instant nextAttemptAt(int failedAttempt, Instant failedAt) {
		Assert.isTrue(failedAttempt >= 1, "failedAttempt must be at least 1");
		return (failedAttempt < maxAttempts()) ? failedAt.plus(this.delays.get(failedAttempt - 1)) : null;
	}

	public List<Duration> delays() {
		return this.delays;
	}

}

package io.castellan.provisioning.run.command;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.util.Assert;

/**
 * When a failed attempt is tried again: after the n-th failure, the n-th delay; after a failure past the last
 * delay, never (the step gives up). The default {@code 5s, 30s, 2m, 10m, 1h} allows six attempts over about 73
 * minutes, long enough to ride out an external system's restart or a short outage.
 */
public final class RetrySchedule {

	private final List<Duration> delays;

	public RetrySchedule(List<Duration> delays) {
		Assert.notNull(delays, "delays cannot be null");
		Assert.isTrue(delays.stream().noneMatch((delay) -> delay == null || delay.isNegative()),
				"delays must not be negative");
		this.delays = List.copyOf(delays);
	}

	/**
	 * @param failedAttempt the 1-based number of the attempt that just failed
	 * @return when to try again, or empty when the step gives up
	 */
	public Optional<Instant> nextAttempt(int failedAttempt, Instant failedAt) {
		Assert.isTrue(failedAttempt >= 1, "failedAttempt must be at least 1");
		if (failedAttempt > this.delays.size()) {
			return Optional.empty();
		}
		return Optional.of(failedAt.plus(this.delays.get(failedAttempt - 1)));
	}

	/** How many attempts a step gets in all. */
	public int maxAttempts() {
		return this.delays.size() + 1;
	}

}

package io.castellan.provisioning.run.command;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RetryScheduleTests {

	private static final Instant FAILED_AT = Instant.parse("2026-11-22T10:00:00Z");

	private final RetrySchedule schedule = new RetrySchedule(List.of(Duration.ofSeconds(5), Duration.ofSeconds(30),
			Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofHours(1)));

	@Test
	void nextAttemptWhenWithinScheduleThenTheDelayOfThatFailure() {
		assertThat(this.schedule.nextAttempt(1, FAILED_AT)).contains(FAILED_AT.plusSeconds(5));
		assertThat(this.schedule.nextAttempt(2, FAILED_AT)).contains(FAILED_AT.plusSeconds(30));
		assertThat(this.schedule.nextAttempt(5, FAILED_AT)).contains(FAILED_AT.plus(Duration.ofHours(1)));
	}

	@Test
	void nextAttemptWhenPastTheLastDelayThenGivesUp() {
		assertThat(this.schedule.nextAttempt(6, FAILED_AT)).isEmpty();
		assertThat(this.schedule.maxAttempts()).isEqualTo(6);
	}

	@Test
	void nextAttemptWhenNoDelaysThenOneAttemptOnly() {
		assertThat(new RetrySchedule(List.of()).nextAttempt(1, FAILED_AT)).isEmpty();
	}

	@Test
	void createWhenDelayNegativeThenRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RetrySchedule(List.of(Duration.ofSeconds(-1))));
	}

}

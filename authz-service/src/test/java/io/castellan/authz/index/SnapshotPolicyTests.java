package io.castellan.authz.index;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotPolicyTests {

	private static final Instant LAST = Instant.parse("2026-11-22T10:00:00Z");

	private final SnapshotPolicy policy = new SnapshotPolicy(10_000, Duration.ofSeconds(60));

	@Test
	void dueWhenEnoughEventsOrTimeThenYesWhenNothingAppliedThenNo() {
		assertThat(this.policy.due(10_000, LAST, Duration.ZERO, LAST.plusSeconds(1))).isTrue();
		assertThat(this.policy.due(1, LAST, Duration.ZERO, LAST.plusSeconds(60))).isTrue();
		assertThat(this.policy.due(9_999, LAST, Duration.ZERO, LAST.plusSeconds(59))).isFalse();
		assertThat(this.policy.due(0, LAST, Duration.ZERO, LAST.plusSeconds(600))).isFalse();
	}

	@Test
	void dueWhenTheLastSnapshotWasSlowThenNotBeforeNineTimesItsDuration() {
		Duration took = Duration.ofSeconds(2);

		assertThat(this.policy.due(50_000, LAST, took, LAST.plusSeconds(17))).isFalse();
		assertThat(this.policy.due(50_000, LAST, took, LAST.plusSeconds(18))).isTrue();
	}

}

package io.castellan.platform.consistency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublishedOffsetsTests {

	private static final ConsistencyToken.Partition P0 = new ConsistencyToken.Partition("castellan.tenant.events.v1", 0);

	@Test
	void awaitWhenAllEventsPublishedThenTokenHasTheirHighestOffsets() {
		PublishedOffsets offsets = new PublishedOffsets(Clock.systemUTC());
		offsets.record("e1", P0, 4);
		offsets.record("e2", P0, 5);
		assertThat(offsets.await(List.of("e1", "e2"), Duration.ofSeconds(1))).get()
			.satisfies((token) -> assertThat(token.offsets()).containsEntry(P0, 5L));
		assertThat(offsets.size()).isZero();
	}

	@Test
	void awaitWhenAnEventIsNotPublishedInTimeThenEmpty() {
		PublishedOffsets offsets = new PublishedOffsets(Clock.systemUTC());
		offsets.record("e1", P0, 4);
		assertThat(offsets.await(List.of("e1", "missing"), Duration.ofMillis(20))).isEmpty();
	}

	@Test
	void recordWhenOldEntriesNobodyAwaitedThenPurged() {
		MutableClock clock = new MutableClock();
		PublishedOffsets offsets = new PublishedOffsets(clock);
		offsets.record("old", P0, 1);
		clock.now = clock.now.plus(PublishedOffsets.RETENTION).plusSeconds(1);
		offsets.record("new", P0, 2);
		assertThat(offsets.size()).isEqualTo(1);
	}

	private static final class MutableClock extends Clock {

		Instant now = Instant.parse("2026-11-22T10:00:00Z");

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}

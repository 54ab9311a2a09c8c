package io.castellan.authz.index;

import java.time.Duration;
import java.time.Instant;

/**
 * When the index consumer stores a snapshot: after this many applied events, or this long after the last one; but
 * never sooner after the last one than nine times what that one took. A snapshot holds the whole index (100 MB of
 * JSON for 300,000 grants), so taking one every few thousand events of a bulk load would spend most of the load
 * writing its growing state again and again; this way snapshots take at most a tenth of the consumer's time.
 */
record SnapshotPolicy(long everyEvents, Duration every) {

	/** Snapshot time is at most this share of the consumer's: one in {@code REST_FACTOR + 1}. */
	static final int REST_FACTOR = 9;

	/**
	 * @param applied events applied since the last snapshot
	 * @param last when the last snapshot (or the consumer) finished
	 * @param took how long the last snapshot took
	 */
	boolean due(long applied, Instant last, Duration took, Instant now) {
		if (applied == 0 || now.isBefore(last.plus(took.multipliedBy(REST_FACTOR)))) {
			return false;
		}
		return applied >= this.everyEvents || !now.isBefore(last.plus(this.every));
	}

}

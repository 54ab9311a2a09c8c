package io.castellan.platform.consistency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Where each event this process published landed on Kafka, so a write can answer with a token once its events are
 * on the broker. Entries nobody waits for expire after {@link #RETENTION}.
 */
public final class PublishedOffsets {

	static final Duration RETENTION = Duration.ofMinutes(2);

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	private final Clock clock;

	/** Purging scans every entry; doing it on every publish would put that scan on the relay's hot path. */
	private volatile Instant nextPurge;

	public PublishedOffsets(Clock clock) {
		this.clock = clock;
		this.nextPurge = clock.instant();
	}

	/** Records that an event was acknowledged by the broker at the given offset. */
	public void record(String eventId, ConsistencyToken.Partition partition, long offset) {
		entry(eventId).future.complete(ConsistencyToken.of(Map.of(partition, offset)));
		purgeExpired();
	}

	/** Records that an event was relayed but is not published (internal only): it demands nothing of readers. */
	public void recordUnpublished(String eventId) {
		entry(eventId).future.complete(ConsistencyToken.empty());
		purgeExpired();
	}

	/**
	 * Waits until every event is on Kafka and combines their offsets.
	 * @return the token, or empty when the events were not published within the timeout
	 */
	public java.util.Optional<ConsistencyToken> await(Collection<String> eventIds, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		ConsistencyToken token = ConsistencyToken.empty();
		try {
			for (String eventId : eventIds) {
				long remaining = deadline - System.nanoTime();
				token = token.merge(entry(eventId).future.get(Math.max(remaining, 0), TimeUnit.NANOSECONDS));
			}
			return java.util.Optional.of(token);
		}
		catch (TimeoutException ex) {
			return java.util.Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return java.util.Optional.empty();
		}
		catch (ExecutionException ex) {
			return java.util.Optional.empty();
		}
		finally {
			eventIds.forEach(this.entries::remove);
		}
	}

	int size() {
		return this.entries.size();
	}

	private Entry entry(String eventId) {
		return this.entries.computeIfAbsent(eventId, (id) -> new Entry(new CompletableFuture<>(), this.clock.instant()));
	}

	private void purgeExpired() {
		Instant now = this.clock.instant();
		if (now.isBefore(this.nextPurge)) {
			return;
		}
		this.nextPurge = now.plusSeconds(1);
		Instant cutoff = now.minus(RETENTION);
		this.entries.values().removeIf((entry) -> entry.createdAt.isBefore(cutoff));
	}

	private record Entry(CompletableFuture<ConsistencyToken> future, Instant createdAt) {
	}

}

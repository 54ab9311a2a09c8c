package io.castellan.platform.consistency;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import io.castellan.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * How far this process's consumers have applied each partition (the next offset to apply), so a read given a
 * {@link ConsistencyToken} can wait until it reflects the writes the token names. Partitions of topics the process
 * does not consume are ignored: the token demands nothing of it there.
 */
public final class ConsumedPositions {

	private final Set<String> topics;

	private final Map<ConsistencyToken.Partition, Long> positions = new ConcurrentHashMap<>();

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition advanced = this.lock.newCondition();

	public ConsumedPositions(Set<String> topics) {
		this.topics = Set.copyOf(topics);
	}

	/** Records that every record of the partition before {@code nextOffset} has been applied. */
	public void advance(String topic, int partition, long nextOffset) {
		this.positions.merge(new ConsistencyToken.Partition(topic, partition), nextOffset, Math::max);
		this.lock.lock();
		try {
			this.advanced.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	/** The next offset to apply of a partition, or -1 when nothing is known of it yet. */
	public long position(String topic, int partition) {
		return this.positions.getOrDefault(new ConsistencyToken.Partition(topic, partition), -1L);
	}

	public boolean reflects(ConsistencyToken token) {
		for (Map.Entry<ConsistencyToken.Partition, Long> demand : token.offsets().entrySet()) {
			if (this.topics.contains(demand.getKey().topic())
					&& this.positions.getOrDefault(demand.getKey(), -1L) <= demand.getValue()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Waits until the consumers reflect the token.
	 * @throws ProblemException 503 {@code consistency_timeout} when they do not within the timeout
	 */
	public void await(ConsistencyToken token, Duration timeout) {
		if (reflects(token)) {
			return;
		}
		long remaining = timeout.toNanos();
		this.lock.lock();
		try {
			while (!reflects(token)) {
				if (remaining <= 0) {
					throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "consistency_timeout",
							"This read could not yet reflect the writes named by the consistency token within "
									+ timeout.toMillis() + " ms; retry shortly with the same token.")
						.retryAfter(Duration.ofSeconds(1));
				}
				remaining = this.advanced.awaitNanos(remaining);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a consistency token", ex);
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Convenience for callers holding the encoded token. */
	public void await(String encodedToken, Duration timeout) {
		await(ConsistencyToken.parse(encodedToken), timeout);
	}

}

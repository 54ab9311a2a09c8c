package io.castellan.authz.index;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.castellan.platform.consistency.ConsumedPositions;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.castellan.platform.events.InboundEvent;
import io.castellan.schemas.authz.ObjectGroupCreated;
import io.castellan.schemas.authz.ObjectGroupMoved;
import io.castellan.schemas.authz.ObjectGroupRemoved;
import io.castellan.schemas.authz.ObjectMoved;
import io.castellan.schemas.authz.ObjectRegistered;
import io.castellan.schemas.authz.ObjectRemoved;
import io.castellan.schemas.authz.ObjectUpdated;
import io.castellan.schemas.authz.PolicyAttached;
import io.castellan.schemas.authz.PrincipalGroupCreated;
import io.castellan.schemas.authz.PrincipalGroupMemberAdded;
import io.castellan.schemas.authz.RoleAssigned;
import io.castellan.schemas.authz.RoleAssignedToGroup;
import io.castellan.schemas.authz.RoleCreated;
import io.castellan.schemas.identity.ApiKeyCreated;
import io.castellan.schemas.identity.ApiKeyRevoked;
import io.castellan.schemas.identity.PrincipalRegistered;
import io.castellan.schemas.identity.PrincipalStatusChanged;
import io.castellan.schemas.identity.PrincipalUpdated;
import io.castellan.schemas.tenant.TenantCreated;
import io.castellan.schemas.tenant.TenantStatusChanged;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.SmartLifecycle;

/**
 * Feeds the index from the identity, tenant and authz topics. Every replica reads every partition itself (assigned,
 * not subscribed: no consumer group), from the beginning, and advances {@link ConsumedPositions} after applying, so
 * a check given a consistency token waits exactly until the index reflects the writes it names.
 */
public final class IndexConsumer implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(IndexConsumer.class);

	private final PermissionIndex index;

	private final ConsumedPositions positions;

	private final JsonMapper json;

	private final List<String> topics;

	private final Map<String, Object> config = new HashMap<>();

	private final Timer lag;

	private volatile Instant startedAt = Instant.MAX;

	private volatile KafkaConsumer<String, byte[]> consumer;

	private volatile Thread thread;

	private volatile boolean running;

	/** Null for a consumer that neither resumes from nor takes snapshots (a rebuild from the topics). */
	private final IndexSnapshots snapshots;

	private final SnapshotPolicy snapshotPolicy;

	private long appliedSinceSnapshot;

	private volatile long applied;

	private Instant lastSnapshot = Instant.now();

	private Duration lastSnapshotTook = Duration.ZERO;

	IndexConsumer(PermissionIndex index, ConsumedPositions positions, JsonMapper json, List<String> topics,
			String bootstrapServers, MeterRegistry meters, IndexSnapshots snapshots, SnapshotPolicy snapshotPolicy) {
		this.index = index;
		this.snapshots = snapshots;
		this.snapshotPolicy = snapshotPolicy;
		this.lag = Timer.builder("castellan.index.lag")
			.description("From an event's time (when its command applied it) to its application to the index")
			.publishPercentiles(0.5, 0.9, 0.99)
			.register(meters);
		this.positions = positions;
		this.json = json;
		this.topics = List.copyOf(topics);
		this.config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		this.config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		this.config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		this.config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		this.config.put(ConsumerConfig.CLIENT_ID_CONFIG, "authz-index");
	}

	@Override
	public void start() {
		this.consumer = new KafkaConsumer<>(this.config);
		List<TopicPartition> partitions = new ArrayList<>();
		for (String topic : this.topics) {
			this.consumer.partitionsFor(topic, Duration.ofSeconds(30))
				.forEach((info) -> partitions.add(new TopicPartition(topic, info.partition())));
		}
		this.consumer.assign(partitions);
		resume(partitions);
		this.startedAt = Instant.now();
		this.running = true;
		this.thread = Thread.ofPlatform().name("authz-index-consumer").daemon().start(() -> consume(partitions));
	}

	/** From the newest snapshot and its positions when there is one, else from the beginning of every partition. */
	private void resume(List<TopicPartition> partitions) {
		Optional<IndexSnapshots.Snapshot> snapshot = (this.snapshots != null) ? this.snapshots.latest()
				: Optional.empty();
		if (snapshot.isEmpty()) {
			this.consumer.seekToBeginning(partitions);
			return;
		}
		this.index.load(snapshot.get().state());
		for (TopicPartition partition : partitions) {
			Long offset = snapshot.get().positions().get(key(partition));
			if (offset != null) {
				this.consumer.seek(partition, offset);
			}
			else {
				this.consumer.seekToBeginning(List.of(partition));
			}
		}
		logger.info("Index resumed from a snapshot at {}", snapshot.get().positions());
	}

	private void consume(List<TopicPartition> partitions) {
		try {
			while (this.running) {
				for (ConsumerRecord<String, byte[]> record : this.consumer.poll(Duration.ofMillis(500))) {
					applyRecord(record);
					this.positions.advance(record.topic(), record.partition(), record.offset() + 1);
					this.appliedSinceSnapshot++;
					this.applied++;
				}
				snapshotIfDue(partitions);
				// Everything before each position is applied, also where there was nothing new to read.
				for (TopicPartition partition : partitions) {
					this.positions.advance(partition.topic(), partition.partition(), this.consumer.position(partition));
				}
			}
		}
		catch (WakeupException ex) {
			// stopping
		}
		finally {
			this.consumer.close();
		}
	}

	/** Taken on this thread, between polls, so the state and the positions agree. */
	private void snapshotIfDue(List<TopicPartition> partitions) {
		if (this.snapshots == null || !this.snapshotPolicy.due(this.appliedSinceSnapshot, this.lastSnapshot,
				this.lastSnapshotTook, Instant.now())) {
			return;
		}
		Instant start = Instant.now();
		Map<String, Long> offsets = new HashMap<>();
		partitions.forEach((partition) -> offsets.put(key(partition), this.consumer.position(partition)));
		try {
			this.snapshots.save(new IndexSnapshots.Snapshot(offsets, this.index.export()));
			this.appliedSinceSnapshot = 0;
			this.lastSnapshot = Instant.now();
			this.lastSnapshotTook = Duration.between(start, this.lastSnapshot);
		}
		catch (RuntimeException ex) {
			// A missed snapshot only makes the next restart replay more; checks go on.
			logger.warn("Could not store an index snapshot", ex);
		}
	}

	/** How many records this consumer applied since it started. */
	long applied() {
		return this.applied;
	}

	private static String key(TopicPartition partition) {
		return partition.topic() + "/" + partition.partition();
	}

	private void applyRecord(ConsumerRecord<String, byte[]> record) {
		try {
			InboundEvent event = InboundEvent.from(record, this.json);
			// Replayed history would swamp the figure: only events written while this replica runs count.
			if (event.time() != null && event.time().isAfter(this.startedAt)) {
				this.lag.record(Duration.between(event.time(), Instant.now()));
			}
			switch (String.valueOf(event.type())) {
				case TenantCreated.TYPE -> this.index.apply(event.dataAs(TenantCreated.class, this.json));
				case TenantStatusChanged.TYPE -> this.index.apply(event.dataAs(TenantStatusChanged.class, this.json));
				case PrincipalRegistered.TYPE -> this.index.apply(event.dataAs(PrincipalRegistered.class, this.json));
				case PrincipalUpdated.TYPE -> this.index.apply(event.dataAs(PrincipalUpdated.class, this.json));
				case ApiKeyCreated.TYPE -> this.index.apply(event.dataAs(ApiKeyCreated.class, this.json));
				case ApiKeyRevoked.TYPE -> this.index.apply(event.dataAs(ApiKeyRevoked.class, this.json));
				case PrincipalStatusChanged.TYPE ->
					this.index.apply(event.dataAs(PrincipalStatusChanged.class, this.json));
				case RoleCreated.TYPE -> this.index.apply(event.dataAs(RoleCreated.class, this.json));
				case RoleAssigned.TYPE -> this.index.apply(event.dataAs(RoleAssigned.class, this.json));
				case PolicyAttached.TYPE -> this.index.apply(event.dataAs(PolicyAttached.class, this.json));
				case RoleAssignedToGroup.TYPE -> this.index.apply(event.dataAs(RoleAssignedToGroup.class, this.json));
				case PrincipalGroupCreated.TYPE -> this.index.apply(event.dataAs(PrincipalGroupCreated.class, this.json));
				case PrincipalGroupMemberAdded.TYPE ->
					this.index.apply(event.dataAs(PrincipalGroupMemberAdded.class, this.json));
				case ObjectGroupCreated.TYPE -> this.index.apply(event.dataAs(ObjectGroupCreated.class, this.json));
				case ObjectGroupMoved.TYPE -> this.index.apply(event.dataAs(ObjectGroupMoved.class, this.json));
				case ObjectGroupRemoved.TYPE -> this.index.apply(event.dataAs(ObjectGroupRemoved.class, this.json));
				case ObjectMoved.TYPE -> this.index.apply(event.dataAs(ObjectMoved.class, this.json));
				case ObjectRegistered.TYPE -> this.index.apply(event.dataAs(ObjectRegistered.class, this.json));
				case ObjectRemoved.TYPE -> this.index.apply(event.dataAs(ObjectRemoved.class, this.json));
				case ObjectUpdated.TYPE -> this.index.apply(event.dataAs(ObjectUpdated.class, this.json));
				default -> {
					// not relevant to access decisions
				}
			}
		}
		catch (RuntimeException ex) {
			// A record that cannot be read is a contract bug upstream; skipping it keeps the index serving.
			logger.error("Skipped unreadable record {}-{}@{}", record.topic(), record.partition(), record.offset(), ex);
		}
	}

	@Override
	public void stop() {
		this.running = false;
		KafkaConsumer<String, byte[]> current = this.consumer;
		if (current != null) {
			current.wakeup();
		}
		Thread worker = this.thread;
		if (worker != null) {
			try {
				worker.join(Duration.ofSeconds(10));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}

package io.castellan.authz.change;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.consistency.ConsumedPositions;
import io.castellan.platform.events.InboundEvent;
import io.castellan.schemas.authz.AccessChanged;
import io.castellan.schemas.EventTypes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;

/**
 * Reads the authz topic in a consumer group of its own, a batch at a time, and for each event that lets grants
 * reach principals publishes {@code access.changed} once the index reflects that event (so its members and roles
 * are known). The batch's changes are sent together, in order, and the offsets committed after the broker
 * acknowledged them all: at least once, with change ids stable across redeliveries.
 */
final class AccessChangeListener {

	private static final Logger logger = LoggerFactory.getLogger(AccessChangeListener.class);

	private final AccessChanges changes;

	private final ConsumedPositions indexPositions;

	private final AccessChangePublisher publisher;

	private final JsonMapper json;

	private final Duration indexWait;

	AccessChangeListener(AccessChanges changes, ConsumedPositions indexPositions, AccessChangePublisher publisher,
			JsonMapper json, Duration indexWait) {
		this.changes = changes;
		this.indexPositions = indexPositions;
		this.publisher = publisher;
		this.json = json;
		this.indexWait = indexWait;
	}

	@KafkaListener(id = "authz-access-changes", idIsGroup = false, topics = EventTypes.AUTHZ_TOPIC,
			containerFactory = AccessChangeConfiguration.FACTORY)
	void on(List<ConsumerRecord<String, byte[]>> records) {
		List<AccessChangePublisher.Outgoing> outgoing = new ArrayList<>();
		for (ConsumerRecord<String, byte[]> record : records) {
			InboundEvent event = read(record);
			if (event == null || AccessChanged.TYPE.equals(event.type())) {
				continue;
			}
			// A timeout throws, and the batch is retried: the index is still catching up.
			this.indexPositions.await(ConsistencyToken.of(Map.of(
					new ConsistencyToken.Partition(record.topic(), record.partition()), record.offset())),
					this.indexWait);
			Instant time = (event.time() != null) ? event.time() : Instant.now();
			for (AccessChanged change : changesOf(event, record)) {
				outgoing.add(new AccessChangePublisher.Outgoing(change, time, event.id()));
			}
		}
		if (!outgoing.isEmpty()) {
			this.publisher.publishAll(outgoing);
		}
	}

	/** Unreadable records are a contract bug upstream: logged and skipped, not retried with the whole batch. */
	private InboundEvent read(ConsumerRecord<String, byte[]> record) {
		try {
			return InboundEvent.from(record, this.json);
		}
		catch (RuntimeException ex) {
			logger.error("Skipped unreadable record {}-{}@{}", record.topic(), record.partition(), record.offset(), ex);
			return null;
		}
	}

	private List<AccessChanged> changesOf(InboundEvent event, ConsumerRecord<String, byte[]> record) {
		try {
			return this.changes.of(event);
		}
		catch (tools.jackson.core.JacksonException ex) {
			logger.error("Skipped unreadable record {}-{}@{}", record.topic(), record.partition(), record.offset(), ex);
			return List.of();
		}
	}

}

package io.castellan.authz.change;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.consistency.ConsumedPositions;
import io.castellan.platform.events.CloudEventHeaders;
import io.castellan.platform.events.EventPublisher;
import io.castellan.platform.events.InboundEvent;
import io.castellan.schemas.EventTypes;
import io.castellan.schemas.authz.AccessChanged;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;

/**
 * Reads the authz topic in a consumer group of its own and, for each event that lets grants reach principals,
 * publishes {@code access.changed} once the index reflects that event (so its members and roles are known). The
 * offset is committed after publishing: at least once, with change ids stable across redeliveries.
 */
final class AccessChangeListener {

	private final AccessChanges changes;

	private final ConsumedPositions indexPositions;

	private final EventPublisher publisher;

	private final JsonMapper json;

	private final Duration indexWait;

	AccessChangeListener(AccessChanges changes, ConsumedPositions indexPositions, EventPublisher publisher,
			JsonMapper json, Duration indexWait) {
		this.changes = changes;
		this.indexPositions = indexPositions;
		this.publisher = publisher;
		this.json = json;
		this.indexWait = indexWait;
	}

	@KafkaListener(id = "authz-access-changes", idIsGroup = false, topics = EventTypes.AUTHZ_TOPIC,
			containerFactory = AccessChangeConfiguration.FACTORY)
	void on(ConsumerRecord<String, byte[]> record) {
		InboundEvent event = InboundEvent.from(record, this.json);
		if (AccessChanged.TYPE.equals(event.type())) {
			return;
		}
		// A timeout throws, and the record is retried: the index is still catching up.
		this.indexPositions.await(ConsistencyToken.of(Map.of(
				new ConsistencyToken.Partition(record.topic(), record.partition()), record.offset())), this.indexWait);
		for (AccessChanged change : this.changes.of(event)) {
			this.publisher.publish(change.changeId(), (event.time() != null) ? event.time() : Instant.now(), change,
					Map.of(CloudEventHeaders.CAUSATION_ID, event.id()));
		}
	}

}

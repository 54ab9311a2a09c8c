package io.castellan.platform.test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.events.EventPublisher;
import io.castellan.schemas.PublishedEvent;
import org.apache.kafka.clients.producer.RecordMetadata;

/** Publishes events as the services that own them would, for tests of the services that consume them. */
public final class TestEvents {

	private TestEvents() {
	}

	/** Publishes with a fresh event id and answers the consistency token naming where it landed. */
	public static ConsistencyToken publish(EventPublisher publisher, PublishedEvent event) {
		RecordMetadata metadata = publisher.publish(UUID.randomUUID().toString(), Instant.now(), event, Map.of());
		return ConsistencyToken
			.of(Map.of(new ConsistencyToken.Partition(metadata.topic(), metadata.partition()), metadata.offset()));
	}

}

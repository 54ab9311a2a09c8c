package io.castellan.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.consistency.PublishedOffsets;
import io.castellan.schemas.EventSchemas;
import io.castellan.schemas.EventTypes;
import io.castellan.schemas.PublishedEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes an integration event to its {@code castellan.<context>.events.v1} topic: JSON payload validated against
 * its schema, keyed by tenant so one tenant's events stay in order, CloudEvents attributes in headers. Returns once
 * the broker acknowledged it (idempotent producer, {@code acks=all}).
 */
public final class EventPublisher {

	private final KafkaTemplate<String, byte[]> kafka;

	private final JsonMapper json;

	private final EventSchemas schemas;

	private final PublishedOffsets offsets;

	private final String source;

	public EventPublisher(KafkaTemplate<String, byte[]> kafka, JsonMapper json, EventSchemas schemas,
			PublishedOffsets offsets, String source) {
		this.kafka = kafka;
		this.json = json;
		this.schemas = schemas;
		this.offsets = offsets;
		this.source = source;
	}

	/**
	 * Publishes one event and waits for the broker's acknowledgement.
	 * @param eventId the stable id consumers de-duplicate by (the event store's id of the internal event)
	 * @param context causation, correlation and trace ids to carry; values may be null
	 */
	public RecordMetadata publish(String eventId, Instant time, PublishedEvent event, Map<String, String> context) {
		JsonNode payload = this.json.valueToTree(event);
		List<String> violations = this.schemas.validate(event.eventType(), payload);
		if (!violations.isEmpty()) {
			// A contract bug, not bad input: refuse to publish rather than break consumers.
			throw new IllegalStateException("Event " + event.eventType() + " violates its schema: " + violations);
		}
		String topic = EventTypes.topicOf(event.eventType());
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, event.tenantId(),
				this.json.writeValueAsBytes(payload));
		header(record, CloudEventHeaders.ID, eventId);
		header(record, CloudEventHeaders.SPEC_VERSION, "1.0");
		header(record, CloudEventHeaders.TYPE, event.eventType());
		header(record, CloudEventHeaders.SOURCE, this.source);
		header(record, CloudEventHeaders.SUBJECT, event.subject());
		header(record, CloudEventHeaders.TIME, time.toString());
		header(record, CloudEventHeaders.DATA_SCHEMA, "https://castellan.io/schemas/" + event.eventType() + ".json");
		header(record, CloudEventHeaders.CONTENT_TYPE, "application/json");
		header(record, CloudEventHeaders.TENANT_ID, event.tenantId());
		context.forEach((name, value) -> header(record, name, value));
		try {
			RecordMetadata metadata = this.kafka.send(record).get(30, TimeUnit.SECONDS).getRecordMetadata();
			this.offsets.record(eventId, new ConsistencyToken.Partition(metadata.topic(), metadata.partition()),
					metadata.offset());
			return metadata;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while publishing " + eventId, ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Kafka did not acknowledge event " + eventId, ex);
		}
	}

	private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
		if (value != null) {
			record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
		}
	}

}

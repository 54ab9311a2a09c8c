package io.castellan.authz.change;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.castellan.platform.events.CloudEventHeaders;
import io.castellan.schemas.EventSchemas;
import io.castellan.schemas.EventTypes;
import io.castellan.schemas.authz.AccessChanged;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Publishes a batch of {@code access.changed} events the way the platform's {@code EventPublisher} publishes one
 * (schema-checked JSON, keyed by tenant, CloudEvents headers), but sends the whole batch before waiting: the
 * idempotent producer keeps each partition's order, and a bulk load's changes no longer wait one broker round trip
 * each. It can go once the platform's publisher offers sending without waiting.
 */
final class AccessChangePublisher {

	private final KafkaTemplate<String, byte[]> kafka;

	private final JsonMapper json;

	private final EventSchemas schemas;

	private final String source;

	AccessChangePublisher(KafkaTemplate<String, byte[]> kafka, JsonMapper json, EventSchemas schemas, String source) {
		this.kafka = kafka;
		this.json = json;
		this.schemas = schemas;
		this.source = source;
	}

	/** Sends every change in order, then waits until the broker acknowledged them all. */
	void publishAll(List<Outgoing> changes) {
		List<CompletableFuture<SendResult<String, byte[]>>> sent = new ArrayList<>();
		for (Outgoing change : changes) {
			sent.add(this.kafka.send(record(change)));
		}
		for (int i = 0; i < sent.size(); i++) {
			try {
				sent.get(i).get(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while publishing access changes", ex);
			}
			catch (ExecutionException | TimeoutException ex) {
				// The batch is read again: change ids are stable, so consumers drop what did arrive.
				throw new IllegalStateException("Kafka did not acknowledge access change "
						+ changes.get(i).change().changeId(), ex);
			}
		}
	}

	private ProducerRecord<String, byte[]> record(Outgoing outgoing) {
		AccessChanged change = outgoing.change();
		JsonNode payload = this.json.valueToTree(change);
		List<String> violations = this.schemas.validate(change.eventType(), payload);
		if (!violations.isEmpty()) {
			throw new IllegalStateException("Event " + change.eventType() + " violates its schema: " + violations);
		}
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(EventTypes.topicOf(change.eventType()),
				change.tenantId(), this.json.writeValueAsBytes(payload));
		header(record, CloudEventHeaders.ID, change.changeId());
		header(record, CloudEventHeaders.SPEC_VERSION, "1.0");
		header(record, CloudEventHeaders.TYPE, change.eventType());
		header(record, CloudEventHeaders.SOURCE, this.source);
		header(record, CloudEventHeaders.SUBJECT, change.subject());
		header(record, CloudEventHeaders.TIME, outgoing.time().toString());
		header(record, CloudEventHeaders.DATA_SCHEMA, "https://castellan.io/schemas/" + change.eventType() + ".json");
		header(record, CloudEventHeaders.CONTENT_TYPE, "application/json");
		header(record, CloudEventHeaders.TENANT_ID, change.tenantId());
		header(record, CloudEventHeaders.CAUSATION_ID, outgoing.causeId());
		return record;
	}

	private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
		if (value != null) {
			record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
		}
	}

	/** A change, when its cause happened, and the cause's event id. */
	record Outgoing(AccessChanged change, Instant time, String causeId) {
	}

}

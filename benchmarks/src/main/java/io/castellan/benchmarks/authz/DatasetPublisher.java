package io.castellan.benchmarks.authz;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.events.CloudEventHeaders;
import io.castellan.schemas.EventSchemas;
import io.castellan.schemas.EventTypes;
import io.castellan.schemas.PublishedEvent;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes {@link AuthzDataset} to the platform's topics as their owners would (the same topic per type, tenant
 * key, CloudEvents headers and JSON payloads as the platform's EventPublisher), but asynchronously in batches: one
 * acknowledged send per event would take minutes for 300,000. The first event of each type is checked against its
 * published JSON Schema.
 */
final class DatasetPublisher {

	private final JsonMapper json = JsonMapper.builder().build();

	private final EventSchemas schemas = new EventSchemas();

	private final Set<String> validated = new HashSet<>();

	private final Map<ConsistencyToken.Partition, Long> offsets = new ConcurrentHashMap<>();

	private final AtomicReference<Exception> failure = new AtomicReference<>();

	private final KafkaProducer<String, byte[]> producer;

	private long sent;

	DatasetPublisher(String bootstrapServers) {
		Properties config = new Properties();
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
		config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
		this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
	}

	/** Publishes the whole dataset; answers the token of every record it wrote, once all are acknowledged. */
	ConsistencyToken publishAll() {
		Instant time = Instant.now();
		AuthzDataset.generate((event) -> send(event, time));
		this.producer.flush();
		this.producer.close();
		if (this.failure.get() != null) {
			throw new IllegalStateException("Kafka refused a record", this.failure.get());
		}
		return ConsistencyToken.of(this.offsets);
	}

	long sent() {
		return this.sent;
	}

	private void send(PublishedEvent event, Instant time) {
		JsonNode payload = this.json.valueToTree(event);
		if (this.validated.add(event.eventType())) {
			List<String> violations = this.schemas.validate(event.eventType(), payload);
			if (!violations.isEmpty()) {
				throw new IllegalStateException(event.eventType() + " violates its schema: " + violations);
			}
		}
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(EventTypes.topicOf(event.eventType()),
				event.tenantId(), this.json.writeValueAsBytes(payload));
		header(record, CloudEventHeaders.ID, UUID.randomUUID().toString());
		header(record, CloudEventHeaders.SPEC_VERSION, "1.0");
		header(record, CloudEventHeaders.TYPE, event.eventType());
		header(record, CloudEventHeaders.SOURCE, "/castellan/benchmarks");
		header(record, CloudEventHeaders.SUBJECT, event.subject());
		header(record, CloudEventHeaders.TIME, time.toString());
		header(record, CloudEventHeaders.CONTENT_TYPE, "application/json");
		header(record, CloudEventHeaders.TENANT_ID, event.tenantId());
		this.producer.send(record, (metadata, exception) -> {
			if (exception != null) {
				this.failure.compareAndSet(null, exception);
				return;
			}
			this.offsets.merge(new ConsistencyToken.Partition(metadata.topic(), metadata.partition()),
					metadata.offset(), Math::max);
		});
		this.sent++;
	}

	private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
		if (value != null) {
			record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
		}
	}

}

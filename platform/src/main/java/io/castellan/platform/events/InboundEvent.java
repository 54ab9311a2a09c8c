package io.castellan.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Castellan event read from Kafka: its CloudEvents attributes from the headers and its JSON payload.
 * @param position where it was read, for consistency tracking
 */
public record InboundEvent(String id, String type, String source, String tenantId, String subject, Instant time,
		String correlationId, String traceparent, String actor, JsonNode data, Position position) {

	public static InboundEvent from(ConsumerRecord<String, byte[]> record, JsonMapper json) {
		String time = header(record, CloudEventHeaders.TIME);
		return new InboundEvent(header(record, CloudEventHeaders.ID), header(record, CloudEventHeaders.TYPE),
				header(record, CloudEventHeaders.SOURCE), header(record, CloudEventHeaders.TENANT_ID),
				header(record, CloudEventHeaders.SUBJECT), (time != null) ? Instant.parse(time) : null,
				header(record, CloudEventHeaders.CORRELATION_ID), header(record, CloudEventHeaders.TRACEPARENT),
				header(record, CloudEventHeaders.ACTOR), json.readTree(record.value()), new Position(record.topic(), record.partition(), record.offset()));
	}

	/** Reads the payload as one of the published Java types. */
	public <T> T dataAs(Class<T> type, JsonMapper json) {
		return json.treeToValue(this.data, type);
	}

	private static String header(ConsumerRecord<String, byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	/** A record's place in its topic. */
	public record Position(String topic, int partition, long offset) {
	}

}

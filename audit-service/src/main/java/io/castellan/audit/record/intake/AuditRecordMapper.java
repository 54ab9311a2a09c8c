package io.castellan.audit.record.intake;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import io.castellan.audit.record.AuditRecord;
import io.castellan.platform.events.CloudEventHeaders;
import io.castellan.platform.events.InboundEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.stereotype.Component;

/**
 * Turns a Kafka record from any Castellan topic into an audit record (not yet chained). Whatever arrives is
 * recorded: an event without an id gets one from its place on the topic, an unreadable payload is recorded as
 * unreadable, since an audit trail that skips what it does not understand is no audit trail.
 */
@Component
class AuditRecordMapper {

	private static final String UNKNOWN_TYPE = "unknown";

	private final JsonMapper json;

	private final Clock clock;

	AuditRecordMapper(JsonMapper json, Clock clock) {
		this.json = json;
		this.clock = clock;
	}

	AuditRecord toRecord(ConsumerRecord<String, byte[]> record) {
		InboundEvent event = read(record);
		String id = (event.id() != null) ? event.id()
				: "kafka:" + record.topic() + "/" + record.partition() + "/" + record.offset();
		String type = (event.type() != null) ? event.type() : UNKNOWN_TYPE;
		Instant occurredAt = (event.time() != null) ? event.time() : Instant.ofEpochMilli(record.timestamp());
		return new AuditRecord(null, Redaction.clean(id), Redaction.clean(type),
				Redaction.clean((event.tenantId() != null) ? event.tenantId() : record.key()),
				Redaction.clean(event.actor()), Redaction.clean(event.subject()), action(type), outcome(type),
				micros(occurredAt), micros(this.clock.instant()), Redaction.clean(event.correlationId()),
				Redaction.redact(event.data()), null);
	}

	/**
	 * The action of a type: {@code castellan.<context>.<rest>.v<n>} becomes {@code <rest>}, so
	 * {@code castellan.tenant.tenant.created.v1} is {@code tenant.created}. Other types are kept whole.
	 */
	static String action(String type) {
		String[] parts = type.split("\\.");
		if (parts.length >= 4 && parts[0].equals("castellan") && parts[parts.length - 1].matches("v\\d+")) {
			return String.join(".", Arrays.copyOfRange(parts, 2, parts.length - 1));
		}
		return type;
	}

	/** {@code failure} when a word of the type says so ({@code step.failed}, {@code delivery_failed}). */
	static String outcome(String type) {
		List<String> words = Arrays.asList(type.split("[._]"));
		return (words.contains("failed") || words.contains("failure")) ? AuditRecord.FAILURE : AuditRecord.SUCCESS;
	}

	private InboundEvent read(ConsumerRecord<String, byte[]> record) {
		try {
			return InboundEvent.from(record, this.json);
		}
		catch (JacksonException | DateTimeParseException | IllegalArgumentException ex) {
			// Recorded as it came, minus the payload we cannot read: never retried forever, never dropped.
			JsonNode unreadable = JsonNodeFactory.instance.objectNode()
				.put("unreadable", ex.getClass().getSimpleName());
			Instant time = null;
			try {
				String text = header(record, CloudEventHeaders.TIME);
				time = (text != null) ? Instant.parse(text) : null;
			}
			catch (DateTimeParseException badTime) {
				// falls back to the broker's timestamp
			}
			return new InboundEvent(header(record, CloudEventHeaders.ID), header(record, CloudEventHeaders.TYPE),
					header(record, CloudEventHeaders.SOURCE), header(record, CloudEventHeaders.TENANT_ID),
					header(record, CloudEventHeaders.SUBJECT), time, header(record, CloudEventHeaders.CORRELATION_ID),
					header(record, CloudEventHeaders.TRACEPARENT), header(record, CloudEventHeaders.ACTOR), unreadable,
					new InboundEvent.Position(record.topic(), record.partition(), record.offset()));
		}
	}

	private static String header(ConsumerRecord<String, byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	/** PostgreSQL keeps microseconds: hash what will be stored. */
	private static Instant micros(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

}

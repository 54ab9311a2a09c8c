package io.castellan.identity.token;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.castellan.platform.events.CloudEventHeaders;
import io.castellan.platform.test.TestKafka;
import io.castellan.schemas.EventTypes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The identity topic as notification-service reads it: the events of one type whose payload names someone. */
public final class MailEvents {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private MailEvents() {
	}

	/** The payloads of the events of a type whose {@code field} is {@code value}, in topic order. */
	public static List<JsonNode> of(String type, String field, String value) {
		return TestKafka.records(EventTypes.IDENTITY_TOPIC)
			.stream()
			.filter((record) -> type.equals(TestKafka.header(record, CloudEventHeaders.TYPE)))
			.map((record) -> JSON.readTree(record.value()))
			.filter((data) -> data.has(field) && value.equals(data.get(field).asString()))
			.toList();
	}

	/** Waits for exactly {@code count} such events and answers the last. */
	public static JsonNode awaitCount(String type, String field, String value, int count) {
		await().untilAsserted(() -> assertThat(of(type, field, value)).hasSize(count));
		return of(type, field, value).getLast();
	}

	/** Waits for the first such event. */
	public static JsonNode awaitOne(String type, String field, String value) {
		return awaitCount(type, field, value, 1);
	}

	/** Every identity event, as text, that mentions a value (a principal id, an invitation id). */
	public static List<String> mentioning(String value) {
		return TestKafka.records(EventTypes.IDENTITY_TOPIC)
			.stream()
			.map((record) -> new String(record.value(), StandardCharsets.UTF_8))
			.filter((text) -> text.contains(value))
			.toList();
	}

}

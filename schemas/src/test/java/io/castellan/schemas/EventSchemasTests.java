package io.castellan.schemas;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EventSchemasTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private final EventSchemas schemas = new EventSchemas();

	static Stream<PublishedEvent> samples() {
		return SampleEvents.all().stream();
	}

	@ParameterizedTest
	@MethodSource("samples")
	void validateWhenJavaTypeSerializedThenPayloadMatchesItsSchema(PublishedEvent event) {
		assertThat(this.schemas.validate(event.eventType(), this.json.valueToTree(event))).isEmpty();
	}

	@Test
	void everyTypeHasASchemaATopicAndASample() {
		for (String type : EventTypes.all().keySet()) {
			assertThat(EventSchemas.open(type)).isNotNull();
			assertThat(EventTypes.topicOf(type)).startsWith("castellan.").endsWith(".events.v1");
			assertThat(SampleEvents.all()).anyMatch((e) -> e.eventType().equals(type));
		}
	}

	@Test
	void validateWhenRequiredFieldMissingThenReportsViolation() {
		ObjectNode payload = this.json.valueToTree(SampleEvents.all().get(0));
		payload.remove("alias");
		assertThat(this.schemas.validate(SampleEvents.all().get(0).eventType(), payload)).isNotEmpty();
	}

	@Test
	void validateWhenEnumValueUnknownThenReportsViolation() {
		ObjectNode payload = this.json.valueToTree(SampleEvents.all()
			.stream()
			.filter((event) -> event.eventType().equals("castellan.identity.principal.registered.v1"))
			.findFirst()
			.orElseThrow());
		assertThat(this.schemas.validate("castellan.identity.principal.registered.v1", payload)).isEmpty();
		payload.put("kind", "robot");
		assertThat(this.schemas.validate("castellan.identity.principal.registered.v1", payload)).isNotEmpty();
	}

	@Test
	void topicOfWhenNotCastellanTypeThenRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> EventTypes.topicOf("com.example.thing"));
	}

}

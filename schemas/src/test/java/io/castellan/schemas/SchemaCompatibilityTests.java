package io.castellan.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every schema published once (a copy is kept in {@code src/test/resources/baseline}) stays backward compatible.
 * To publish a new type, add its schema to the baseline in the same commit.
 */
class SchemaCompatibilityTests {

	private static final Path BASELINE = Path.of("src/test/resources/baseline");

	private final JsonMapper json = JsonMapper.builder().build();

	static Stream<String> publishedTypes() throws IOException {
		try (Stream<Path> files = Files.list(BASELINE)) {
			return files.map((file) -> file.getFileName().toString().replaceFirst("\\.json$", "")).toList().stream();
		}
	}

	@ParameterizedTest
	@MethodSource("publishedTypes")
	void currentSchemaWhenComparedWithPublishedBaselineThenBackwardCompatible(String type) throws IOException {
		JsonNode baseline = this.json.readTree(BASELINE.resolve(type + ".json").toFile());
		try (InputStream current = EventSchemas.open(type)) {
			assertThat(SchemaCompatibility.breakingChanges(baseline, this.json.readTree(current))).isEmpty();
		}
	}

	@Test
	void everyCurrentTypeIsInTheBaseline() throws IOException {
		assertThat(publishedTypes().toList()).containsAll(EventTypes.all().keySet());
	}

	@Test
	void breakingChangesWhenPropertyRemovedOrNewlyRequiredThenReported() throws IOException {
		JsonNode baseline = this.json.readTree(BASELINE.resolve("castellan.tenant.tenant.created.v1.json").toFile());
		ObjectNode changed = (ObjectNode) baseline.deepCopy();
		((ObjectNode) changed.get("properties")).remove("alias");
		((ArrayNode) changed.get("required")).add("createdBy");
		((ObjectNode) changed.at("/properties/status")).putArray("enum").add("active");
		assertThat(SchemaCompatibility.breakingChanges(baseline, changed)).contains(".alias: removed",
				": createdBy became required", ".status: enum value \"frozen\" removed");
	}

}

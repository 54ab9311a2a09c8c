package io.castellan.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schemas of the published events, loaded from {@code schemas/<type>.json} on the class path.
 * Thread-safe; schemas are compiled once.
 */
public final class EventSchemas {

	private static final SchemaRegistry REGISTRY = SchemaRegistry
		.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

	private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

	/** The schema document of a type, as published. */
	public static InputStream open(String type) {
		InputStream in = EventSchemas.class.getResourceAsStream("/schemas/" + type + ".json");
		if (in == null) {
			throw new IllegalArgumentException("No schema for event type " + type);
		}
		return in;
	}

	/**
	 * Validates a payload against the schema of its type.
	 * @return the violations, empty when the payload is valid
	 */
	public List<String> validate(String type, JsonNode payload) {
		Schema schema = this.compiled.computeIfAbsent(type, EventSchemas::load);
		return schema.validate(payload).stream().map(Error::toString).toList();
	}

	private static Schema load(String type) {
		try (InputStream in = open(type)) {
			return REGISTRY.getSchema(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

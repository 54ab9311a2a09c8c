package io.castellan.schemas;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Backward compatibility of a schema with its published baseline: a consumer written against the baseline must
 * still read every new event. So no property may disappear or change type, no enum may lose a value, and no
 * property may become required that was optional before.
 */
final class SchemaCompatibility {

	private SchemaCompatibility() {
	}

	static List<String> breakingChanges(JsonNode baseline, JsonNode current) {
		List<String> problems = new ArrayList<>();
		compare("", baseline, current, problems);
		return problems;
	}

	private static void compare(String path, JsonNode baseline, JsonNode current, List<String> problems) {
		if (!baseline.path("type").equals(current.path("type"))) {
			problems.add(path + ": type changed from " + baseline.path("type") + " to " + current.path("type"));
		}
		if (baseline.has("enum")) {
			Set<JsonNode> now = new HashSet<>();
			current.path("enum").forEach(now::add);
			baseline.get("enum").forEach((value) -> {
				if (!now.contains(value)) {
					problems.add(path + ": enum value " + value + " removed");
				}
			});
		}
		Set<String> required = new HashSet<>();
		baseline.path("required").forEach((name) -> required.add(name.asString()));
		current.path("required").forEach((name) -> {
			if (!required.contains(name.asString())) {
				problems.add(path + ": " + name.asString() + " became required");
			}
		});
		for (String name : baseline.path("properties").propertyNames()) {
			JsonNode now = current.path("properties").path(name);
			if (now.isMissingNode()) {
				problems.add(path + "." + name + ": removed");
			}
			else {
				compare(path + "." + name, baseline.path("properties").get(name), now, problems);
			}
		}
		if (baseline.has("items")) {
			compare(path + "[]", baseline.get("items"), current.path("items"), problems);
		}
	}

}

package io.castellan.audit.record.intake;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hides secrets before anything is stored: every field, at any depth, whose name contains {@code password},
 * {@code secret}, {@code token} or {@code hash} (ignoring case) keeps its name but gets the value
 * {@value #REDACTED}. Events should never carry secrets; this is the second line of defence, so an audit trail
 * that must be kept for years never becomes a store of credentials.
 */
final class Redaction {

	static final String REDACTED = "[redacted]";

	private static final Pattern SECRET_NAME = Pattern.compile("password|secret|token|hash");

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private Redaction() {
	}

	static JsonNode redact(JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return NODES.objectNode();
		}
		if (node.isObject()) {
			ObjectNode copy = NODES.objectNode();
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				String name = field.getKey();
				copy.set(clean(name), isSecret(name) ? NODES.stringNode(REDACTED) : redact(field.getValue()));
			}
			return copy;
		}
		if (node.isArray()) {
			ArrayNode copy = NODES.arrayNode();
			node.forEach((element) -> copy.add(redact(element)));
			return copy;
		}
		if (node.isString()) {
			return NODES.stringNode(clean(node.asString()));
		}
		return node;
	}

	static boolean isSecret(String fieldName) {
		return SECRET_NAME.matcher(fieldName.toLowerCase(Locale.ROOT)).find();
	}

	/** PostgreSQL text and jsonb refuse NUL characters; one in an event must not block the whole trail. */
	static String clean(String text) {
		return (text != null && text.indexOf('\0') >= 0) ? text.replace('\0', '\uFFFD') : text;
	}

}

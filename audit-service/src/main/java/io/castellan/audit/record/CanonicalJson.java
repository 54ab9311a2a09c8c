package io.castellan.audit.record;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * A deterministic JSON text of a JSON tree: object keys sorted, no whitespace, numbers in plain normalised decimal
 * form, strings escaped by the fixed rules below. Written by hand rather than by a JSON library so that the text,
 * and with it every hash of the chain, can never change with a library upgrade; and independent of how PostgreSQL's
 * {@code jsonb} reorders keys or rewrites numbers ({@code 1e2} comes back as {@code 100}).
 */
final class CanonicalJson {

	private CanonicalJson() {
	}

	static String of(JsonNode node) {
		StringBuilder out = new StringBuilder();
		write(node, out);
		return out.toString();
	}

	static void write(JsonNode node, StringBuilder out) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			out.append("null");
		}
		else if (node.isObject()) {
			out.append('{');
			List<Map.Entry<String, JsonNode>> fields = node.properties()
				.stream()
				.sorted(Map.Entry.comparingByKey())
				.toList();
			for (int i = 0; i < fields.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				string(fields.get(i).getKey(), out);
				out.append(':');
				write(fields.get(i).getValue(), out);
			}
			out.append('}');
		}
		else if (node.isArray()) {
			out.append('[');
			int i = 0;
			for (JsonNode element : node) {
				if (i++ > 0) {
					out.append(',');
				}
				write(element, out);
			}
			out.append(']');
		}
		else if (node.isNumber()) {
			out.append(number(node.decimalValue()));
		}
		else if (node.isBoolean()) {
			out.append(node.booleanValue());
		}
		else {
			string(node.asString(), out);
		}
	}

	/** Strings: quote, backslash and control characters escaped as {@code \\u00xx}; everything else as is. */
	static void string(String value, StringBuilder out) {
		if (value == null) {
			out.append("null");
			return;
		}
		out.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		out.append('"');
	}

	private static String number(BigDecimal value) {
		return (value.signum() == 0) ? "0" : value.stripTrailingZeros().toPlainString();
	}

}

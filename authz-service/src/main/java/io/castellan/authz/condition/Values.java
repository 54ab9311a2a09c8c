package io.castellan.authz.condition;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;

/** How condition values compare: numbers by value, RFC 3339 times as instants, everything else as itself. */
final class Values {

	private Values() {
	}

	static boolean isScalar(Object value) {
		return value instanceof String || value instanceof Number || value instanceof Boolean;
	}

	static boolean same(Object actual, Object expected) {
		if (actual instanceof Number a && expected instanceof Number b) {
			return decimal(a).compareTo(decimal(b)) == 0;
		}
		Instant left = instant(actual);
		Instant right = (left != null) ? instant(expected) : null;
		if (left != null && right != null) {
			return left.equals(right);
		}
		return actual.equals(expected);
	}

	/** A list holding the operand, or a string holding it as a substring. */
	static boolean contains(Object actual, Object operand) {
		if (actual instanceof Collection<?> values) {
			return values.stream().anyMatch((value) -> value != null && same(value, operand));
		}
		return actual instanceof String text && operand instanceof String part && text.contains(part);
	}

	/** @return the order of the two, or null when they do not compare */
	static Integer compare(Object actual, Object operand) {
		if (actual instanceof Number a && operand instanceof Number b) {
			return decimal(a).compareTo(decimal(b));
		}
		Instant left = instant(actual);
		Instant right = (left != null) ? instant(operand) : null;
		return (left != null && right != null) ? left.compareTo(right) : null;
	}

	/** The instant of an {@link Instant} or of an RFC 3339 date-time string, else null. */
	static Instant instant(Object value) {
		if (value instanceof Instant instant) {
			return instant;
		}
		// Cheap test first: most strings compared are no times, and parsing throws.
		if (!(value instanceof String text) || text.length() < 20 || text.charAt(4) != '-'
				|| Character.toUpperCase(text.charAt(10)) != 'T') {
			return null;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	static String describe(Object value) {
		if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
			return String.valueOf(value);
		}
		return (value instanceof String) ? "'" + value + "'" : String.valueOf(value);
	}

	private static BigDecimal decimal(Number number) {
		return (number instanceof BigDecimal exact) ? exact : new BigDecimal(number.toString());
	}

}

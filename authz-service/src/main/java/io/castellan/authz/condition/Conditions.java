package io.castellan.authz.condition;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.castellan.platform.web.ProblemException;

/**
 * ABAC conditions of a permission block: a map of dot-paths ({@code entity.attributes.site},
 * {@code object.attributes.level}, {@code tenant.status}, {@code context.time}, {@code context.<anything>}) to a
 * literal (equality) or an operator object ({@code eq, neq, contains, in, gt, gte, lt, lte}; several operators in one
 * object must all hold). All conditions must hold; a path that is missing (or null) fails closed. Numbers compare as
 * numbers and RFC 3339 times as instants.
 */
public final class Conditions {

	public static final Set<String> OPERATORS = Set.of("eq", "neq", "contains", "in", "gt", "gte", "lt", "lte");

	private static final Set<String> ORDERING = Set.of("gt", "gte", "lt", "lte");

	private Conditions() {
	}

	/**
	 * Checked at write time, so a block never carries a condition the evaluator cannot read.
	 * @throws ProblemException 422 {@code condition_path_unknown}, {@code condition_operator_unknown} or
	 * {@code condition_operand_invalid}
	 */
	public static void requireValid(Map<String, Object> conditions, String where) {
		if (conditions == null) {
			return;
		}
		for (Map.Entry<String, Object> condition : conditions.entrySet()) {
			String path = condition.getKey();
			if (!Paths.isKnown(path)) {
				throw ProblemException.unprocessable("condition_path_unknown", where + "condition path '" + path
						+ "' is unknown; use entity.attributes.<name>, object.attributes.<name>, tenant.status, "
						+ "context.time or context.<name>.");
			}
			if (!(condition.getValue() instanceof Map<?, ?> operators)) {
				requireOperand(where, path, "eq", condition.getValue());
				continue;
			}
			if (operators.isEmpty()) {
				throw invalidOperand(where, path, "an operator object needs at least one of " + sorted(OPERATORS));
			}
			for (Map.Entry<?, ?> operator : operators.entrySet()) {
				String name = String.valueOf(operator.getKey());
				if (!OPERATORS.contains(name)) {
					throw ProblemException.unprocessable("condition_operator_unknown", where + "condition '" + path
							+ "' uses the unknown operator '" + name + "'; known: " + sorted(OPERATORS) + ".");
				}
				requireOperand(where, path, name, operator.getValue());
			}
		}
	}

	/**
	 * @param facts where the paths are looked up
	 * @return why the first condition that does not hold fails, or null when all hold
	 */
	public static String firstFailure(Map<String, Object> conditions, Facts facts) {
		if (conditions == null || conditions.isEmpty()) {
			return null;
		}
		for (Map.Entry<String, Object> condition : conditions.entrySet()) {
			Object actual = facts.lookup(condition.getKey());
			if (actual == null) {
				return "condition '" + condition.getKey() + "' fails closed: the path is missing";
			}
			if (!holds(actual, condition.getValue())) {
				return "condition '" + condition.getKey() + "' " + Values.describe(condition.getValue())
						+ " does not hold for " + Values.describe(actual);
			}
		}
		return null;
	}

	private static boolean holds(Object actual, Object expected) {
		if (!(expected instanceof Map<?, ?> operators)) {
			return Values.same(actual, expected);
		}
		for (Map.Entry<?, ?> operator : operators.entrySet()) {
			Object operand = operator.getValue();
			boolean holds = switch (String.valueOf(operator.getKey())) {
				case "eq" -> Values.same(actual, operand);
				case "neq" -> !Values.same(actual, operand);
				case "contains" -> Values.contains(actual, operand);
				case "in" -> ((List<?>) operand).stream().anyMatch((candidate) -> Values.same(actual, candidate));
				case "gt", "gte", "lt", "lte" ->
					ordered(String.valueOf(operator.getKey()), Values.compare(actual, operand));
				default -> false;
			};
			if (!holds) {
				return false;
			}
		}
		return true;
	}

	/** Values that do not compare (a number against a time, a plain string) fail the condition. */
	private static boolean ordered(String operator, Integer comparison) {
		if (comparison == null) {
			return false;
		}
		return switch (operator) {
			case "gt" -> comparison > 0;
			case "gte" -> comparison >= 0;
			case "lt" -> comparison < 0;
			default -> comparison <= 0;
		};
	}

	private static void requireOperand(String where, String path, String operator, Object operand) {
		if (operator.equals("in")) {
			if (!(operand instanceof List<?> candidates) || candidates.isEmpty()
					|| !candidates.stream().allMatch(Values::isScalar)) {
				throw invalidOperand(where, path, "'in' takes a non-empty list of strings, numbers or booleans");
			}
			return;
		}
		if (ORDERING.contains(operator)) {
			if (!(operand instanceof Number) && Values.instant(operand) == null) {
				throw invalidOperand(where, path, "'" + operator + "' takes a number or an RFC 3339 time");
			}
			return;
		}
		if (!Values.isScalar(operand)) {
			throw invalidOperand(where, path, "'" + operator + "' takes a string, a number or a boolean");
		}
	}

	private static ProblemException invalidOperand(String where, String path, String why) {
		return ProblemException.unprocessable("condition_operand_invalid",
				where + "condition '" + path + "': " + why + ".");
	}

	private static List<String> sorted(Set<String> names) {
		return names.stream().sorted().toList();
	}

	/** Where condition paths are looked up at check time. */
	@FunctionalInterface
	public interface Facts {

		/** The value at a dot-path, or null when it is missing. */
		Object lookup(String path);

	}

}

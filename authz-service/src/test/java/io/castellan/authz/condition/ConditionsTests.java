package io.castellan.authz.condition;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.castellan.platform.web.ProblemException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ConditionsTests {

	private static final Map<String, Object> OBJECT = Map.of("site", "north", "level", 3, "tags", List.of("red", "hot"),
			"installed", "2026-01-10T08:00:00+01:00", "owner", Map.of("team", "grid"));

	private final Conditions.Facts facts = (path) -> switch (path) {
		case "tenant.status" -> "active";
		case "context.time" -> Instant.parse("2026-11-22T10:00:00Z");
		default -> path.startsWith("object.attributes.")
				? Paths.follow(OBJECT, path.substring("object.attributes.".length())) : null;
	};

	@Test
	void firstFailureWhenLiteralsEqualThenHolds() {
		assertThat(holds(Map.of("object.attributes.site", "north", "object.attributes.level", 3.0,
				"object.attributes.owner.team", "grid", "tenant.status", "active"))).isTrue();
		assertThat(holds(Map.of("object.attributes.site", "south"))).isFalse();
		assertThat(holds(Map.of("object.attributes.level", "3"))).isFalse();
	}

	@Test
	void firstFailureWhenOperatorsThenEachAsDefined() {
		assertThat(holds(Map.of("object.attributes.site", Map.of("neq", "south")))).isTrue();
		assertThat(holds(Map.of("object.attributes.tags", Map.of("contains", "hot")))).isTrue();
		assertThat(holds(Map.of("object.attributes.tags", Map.of("contains", "cold")))).isFalse();
		assertThat(holds(Map.of("object.attributes.site", Map.of("contains", "nor")))).isTrue();
		assertThat(holds(Map.of("object.attributes.site", Map.of("in", List.of("east", "north"))))).isTrue();
		assertThat(holds(Map.of("object.attributes.level", Map.of("in", List.of(1, 2))))).isFalse();
		assertThat(holds(Map.of("object.attributes.level", Map.of("gt", 2, "lte", 3)))).isTrue();
		assertThat(holds(Map.of("object.attributes.level", Map.of("gte", 3.5)))).isFalse();
		assertThat(holds(Map.of("object.attributes.level", Map.of("lt", 3)))).isFalse();
	}

	@Test
	void firstFailureWhenTimesThenComparedAsInstantsWhateverTheOffset() {
		assertThat(holds(Map.of("context.time",
				Map.of("gte", "2026-11-22T09:00:00Z", "lt", "2026-11-22T12:00:00+01:00")))).isTrue();
		assertThat(holds(Map.of("context.time", Map.of("lt", "2026-11-22T10:59:59+01:00")))).isFalse();
		assertThat(holds(Map.of("object.attributes.installed", Map.of("lt", "2026-01-10T07:30:00Z")))).isTrue();
		assertThat(holds(Map.of("object.attributes.installed", "2026-01-10T07:00:00Z"))).isTrue();
		// A number and a time do not compare: the condition fails.
		assertThat(holds(Map.of("object.attributes.level", Map.of("lt", "2026-01-10T07:00:00Z")))).isFalse();
	}

	@Test
	void firstFailureWhenPathMissingThenFailsClosedAndSaysWhich() {
		assertThat(Conditions.firstFailure(Map.of("object.attributes.zone", Map.of("neq", "x")), this.facts))
			.contains("object.attributes.zone").contains("missing");
		assertThat(Conditions.firstFailure(Map.of("object.attributes.owner.team.name", "grid"), this.facts))
			.contains("missing");
		assertThat(Conditions.firstFailure(Map.of("context.site", "north"), this.facts)).contains("context.site");
		assertThat(Conditions.firstFailure(Map.of("object.attributes.level", Map.of("gt", 5)), this.facts))
			.contains("does not hold").contains("3");
	}

	@Test
	void requireValidWhenUnknownOperatorPathOrOperandThenStableCodes() {
		assertThat(code(Map.of("object.attributes.level", Map.of("between", List.of(1, 2)))))
			.isEqualTo("condition_operator_unknown");
		assertThat(code(Map.of("subject.name", "x"))).isEqualTo("condition_path_unknown");
		assertThat(code(Map.of("object.attributes.", "x"))).isEqualTo("condition_path_unknown");
		assertThat(code(Map.of("tenant.name", "x"))).isEqualTo("condition_path_unknown");
		assertThat(code(Map.of("context.time", Map.of("gt", "yesterday")))).isEqualTo("condition_operand_invalid");
		assertThat(code(Map.of("object.attributes.site", Map.of("in", List.of()))))
			.isEqualTo("condition_operand_invalid");
		assertThat(code(Map.of("object.attributes.site", List.of("a")))).isEqualTo("condition_operand_invalid");
		assertThat(code(Map.of("object.attributes.site", Map.of()))).isEqualTo("condition_operand_invalid");
		Conditions.requireValid(Map.of("entity.attributes.site", "north", "context.time",
				Map.of("gte", "2026-11-22T09:00:00Z"), "object.attributes.level", Map.of("in", List.of(1, 2))), "");
	}

	private boolean holds(Map<String, Object> conditions) {
		Conditions.requireValid(conditions, "");
		return Conditions.firstFailure(conditions, this.facts) == null;
	}

	private static String code(Map<String, Object> conditions) {
		return assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> Conditions.requireValid(conditions, "Block 0: "))
			.actual()
			.code();
	}

}

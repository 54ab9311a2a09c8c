package io.castellan.audit.record.web;

import java.time.Instant;

import io.castellan.audit.record.query.AuditFilter;
import io.castellan.platform.web.ProblemException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AuditFilterParametersTests {

	@Test
	void parseWhenNothingGivenThenEverythingFromTheStart() {
		AuditFilter filter = AuditFilterParameters.parse(null, null, null, null, null, null, null, null, null);

		assertThat(filter).isEqualTo(new AuditFilter(null, null, null, null, null, null, null, 0, 50));
	}

	@Test
	void parseWhenRfc3339WithOffsetOrLowerCaseThenInstants() {
		AuditFilter filter = AuditFilterParameters.parse("t", "a", "x", "tenant.created", "failure",
				"2026-11-22t10:00:00+01:00", "2026-11-22T10:00:00.5z", "42", "500");

		assertThat(filter.from()).isEqualTo(Instant.parse("2026-11-22T09:00:00Z"));
		assertThat(filter.to()).isEqualTo(Instant.parse("2026-11-22T10:00:00.5Z"));
		assertThat(filter.after()).isEqualTo(42);
		assertThat(filter.limit()).isEqualTo(500);
		assertThat(filter.outcome()).isEqualTo("failure");
	}

	@Test
	void parseWhenInvalidThenStableProblemCodes() {
		assertCode("audit_time_invalid", () -> parse("from", "yesterday"));
		assertCode("audit_time_invalid", () -> parse("to", "2026-11-22T10:00:00"));
		assertCode("audit_time_invalid", () -> parse("from", "2026-11-22T10:00:00 01:00"));
		assertCode("audit_time_range_invalid", () -> AuditFilterParameters.parse(null, null, null, null, null,
				"2026-11-22T10:00:00Z", "2026-11-22T10:00:00Z", null, null));
		assertCode("audit_outcome_invalid", () -> parse("outcome", "maybe"));
		assertCode("audit_cursor_invalid", () -> parse("after", "-1"));
		assertCode("audit_cursor_invalid", () -> parse("after", "abc"));
		assertCode("limit_invalid", () -> parse("limit", "0"));
		assertCode("limit_invalid", () -> parse("limit", "501"));
		assertCode("limit_invalid", () -> parse("limit", "many"));
		assertCode("audit_filter_invalid", () -> parse("actor", "x".repeat(256)));
	}

	private static AuditFilter parse(String name, String value) {
		return AuditFilterParameters.parse(null, name.equals("actor") ? value : null, null, null,
				name.equals("outcome") ? value : null, name.equals("from") ? value : null,
				name.equals("to") ? value : null, name.equals("after") ? value : null,
				name.equals("limit") ? value : null);
	}

	private static void assertCode(String code, Runnable parse) {
		assertThatExceptionOfType(ProblemException.class).isThrownBy(parse::run)
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(code))
			.satisfies((ex) -> assertThat(ex.status().value()).isEqualTo(400));
	}

}

package io.castellan.audit.record.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import io.castellan.audit.record.AuditRecord;
import io.castellan.audit.record.query.AuditFilter;
import io.castellan.platform.web.ProblemException;

/**
 * The query parameters of {@code GET /api/audit/records}, checked one by one so each mistake gets its own stable
 * problem code rather than a generic binding error.
 */
final class AuditFilterParameters {

	static final int MAX_LIMIT = 500;

	private static final int MAX_VALUE_LENGTH = 255;

	private AuditFilterParameters() {
	}

	static AuditFilter parse(String tenantId, String actor, String target, String action, String outcome, String from,
			String to, String after, String limit) {
		Instant fromTime = time("from", from);
		Instant toTime = time("to", to);
		if (fromTime != null && toTime != null && !fromTime.isBefore(toTime)) {
			throw ProblemException.badRequest("audit_time_range_invalid", "from must be before to.");
		}
		String outcomeValue = text("outcome", outcome);
		if (outcomeValue != null && !outcomeValue.equals(AuditRecord.SUCCESS)
				&& !outcomeValue.equals(AuditRecord.FAILURE)) {
			throw ProblemException.badRequest("audit_outcome_invalid", "outcome must be success or failure.");
		}
		return new AuditFilter(text("tenantId", tenantId), text("actor", actor), text("target", target),
				text("action", action), outcomeValue, fromTime, toTime, cursor(after), limit(limit));
	}

	private static String text(String name, String value) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		if (value.length() > MAX_VALUE_LENGTH) {
			throw ProblemException.badRequest("audit_filter_invalid",
					name + " must be at most " + MAX_VALUE_LENGTH + " characters.");
		}
		return value;
	}

	/** RFC 3339 date-time: an offset is required; lower-case {@code t} and {@code z} are allowed as the RFC says. */
	private static Instant time(String name, String value) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value.toUpperCase(Locale.ROOT), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
				.toInstant();
		}
		catch (DateTimeParseException ex) {
			throw ProblemException.badRequest("audit_time_invalid", name
					+ " must be an RFC 3339 date-time with offset, for example 2026-11-22T10:00:00Z"
					+ " (URL-encode a + offset as %2B).");
		}
	}

	private static long cursor(String after) {
		if (after == null || after.isEmpty()) {
			return 0;
		}
		try {
			long sequence = Long.parseLong(after);
			if (sequence >= 0) {
				return sequence;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw ProblemException.badRequest("audit_cursor_invalid",
				"after must be the next value of a previous page (a non-negative sequence number).");
	}

	private static int limit(String limit) {
		if (limit == null || limit.isEmpty()) {
			return 50;
		}
		try {
			int value = Integer.parseInt(limit);
			if (value >= 1 && value <= MAX_LIMIT) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw ProblemException.badRequest("limit_invalid", "limit must be between 1 and " + MAX_LIMIT + ".");
	}

}

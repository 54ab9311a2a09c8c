package io.castellan.identity.principal.web;

import io.castellan.platform.web.ProblemException;

import org.springframework.http.HttpStatus;

/** Reads the version out of an {@code If-Match} header ({@code "3"}, {@code W/"3"} or {@code *}). */
final class IfMatch {

	private IfMatch() {
	}

	/** The version asked for, or {@code null} when the header is absent or {@code *}. */
	static Long version(String header) {
		if (header == null || header.strip().equals("*")) {
			return null;
		}
		String value = header.strip();
		if (value.startsWith("W/")) {
			value = value.substring(2);
		}
		value = value.replace("\"", "");
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "version_mismatch",
					"If-Match does not name a version of this principal: " + header);
		}
	}

	/** Fails with 412 when the header names a version other than the current one. */
	static void require(String header, long current) {
		Long expected = version(header);
		if (expected != null && expected != current) {
			throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "version_mismatch",
					"The principal is at version " + current + ", not " + expected + "; read it again and retry.");
		}
	}

}

package io.castellan.platform.web;

import java.time.Duration;

import org.springframework.http.HttpStatus;

/**
 * An expected failure answered as RFC 9457 {@code application/problem+json} with a stable machine-readable
 * {@code code}. Clients branch on the code, never on the detail text.
 */
public class ProblemException extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	private Duration retryAfter;

	public ProblemException(HttpStatus status, String code, String detail) {
		super(detail);
		this.status = status;
		this.code = code;
	}

	public static ProblemException notFound(String what, String id) {
		return new ProblemException(HttpStatus.NOT_FOUND, what + "_not_found", "No " + what + " with id " + id + ".");
	}

	public static ProblemException conflict(String code, String detail) {
		return new ProblemException(HttpStatus.CONFLICT, code, detail);
	}

	/** 422: the request is well formed but names something that does not fit (an unknown or foreign reference). */
	public static ProblemException unprocessable(String code, String detail) {
		return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, code, detail);
	}

	public static ProblemException badRequest(String code, String detail) {
		return new ProblemException(HttpStatus.BAD_REQUEST, code, detail);
	}

	/** Adds a {@code Retry-After} header to the answer. */
	public ProblemException retryAfter(Duration delay) {
		this.retryAfter = delay;
		return this;
	}

	public HttpStatus status() {
		return this.status;
	}

	public String code() {
		return this.code;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

}

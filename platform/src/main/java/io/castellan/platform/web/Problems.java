package io.castellan.platform.web;

import java.net.URI;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the problem documents every Castellan service answers with. */
public final class Problems {

	/** Base of the {@code type} URIs; each code has its own page in the docs. */
	public static final String TYPE_BASE = "https://castellan.io/problems/";

	private Problems() {
	}

	public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + code));
		problem.setProperty("code", code);
		return problem;
	}

}

package io.castellan.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.castellan.platform.web.Problems;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 answers keep the RFC 6750 {@code WWW-Authenticate} header and gain a problem+json body with a stable code,
 * so clients see {@code token_missing} or {@code token_invalid} instead of an empty page.
 */
public final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

	private final JsonMapper json;

	public ProblemAuthenticationEntryPoint(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		this.bearer.commence(request, response, authException);
		boolean presented = request.getHeader("Authorization") != null;
		String code = presented ? "token_invalid" : "token_missing";
		String detail = presented ? "The bearer token is invalid, expired or not issued by this platform."
				: "This endpoint needs a bearer token (OAuth 2.0, RFC 6750).";
		response.setStatus(HttpStatus.UNAUTHORIZED.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(this.json.writeValueAsBytes(Problems.of(HttpStatus.UNAUTHORIZED, code, detail)));
	}

}

package io.castellan.identity.login;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.castellan.platform.web.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A failed login answers with the login page again, carrying the message and the real status (401, 403, or 429
 * with {@code Retry-After}), instead of a redirect that would hide both.
 */
class LoginFailurePage implements AuthenticationFailureHandler {

	private final LoginPage page;

	LoginFailurePage(LoginPage page) {
		this.page = page;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		ProblemException problem = (exception instanceof LoginFailedException failed) ? failed.problem()
				: Logins.invalidCredentials();
		long retryAfter = (problem.retryAfter() != null) ? problem.retryAfter().toSeconds() : 0;
		response.setStatus(problem.status().value());
		if (problem.status() == HttpStatus.TOO_MANY_REQUESTS) {
			response.setHeader("Retry-After", String.valueOf(Math.max(1, retryAfter)));
		}
		response.setContentType("text/html;charset=UTF-8");
		response.setHeader("Cache-Control", "no-store");
		response.getOutputStream()
			.write(this.page.render(request, problem.code(), retryAfter).getBytes(StandardCharsets.UTF_8));
	}

}

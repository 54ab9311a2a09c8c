package io.castellan.identity.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Login for clients that are not browsers (a native app's own screen, a test). It answers with the session; tokens
 * come from the OAuth 2.0 endpoints. Errors are the same problem codes the login page maps to messages.
 */
@RestController
class LoginApiController {

	private final Logins logins;

	LoginApiController(Logins logins) {
		this.logins = logins;
	}

	@PostMapping("/api/login")
	LoginResponse login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
		LoginOutcome outcome = this.logins.login(new LoginAttempt(request.identifier(), request.password(),
				request.tenant(), http.getRemoteAddr(), http.getHeader(HttpHeaders.USER_AGENT)));
		String status = (outcome instanceof LoginOutcome.SecondFactorRequired) ? "second_factor_required"
				: "authenticated";
		return new LoginResponse(status, outcome.sessionId(), outcome.principalId(), outcome.tenantId());
	}

	/** Body of {@code POST /api/login}; {@code tenant} (id or alias) is optional. */
	record LoginRequest(@NotNull @Size(max = 320) String identifier, @NotNull @Size(max = 1024) String password,
			@Size(max = 64) String tenant) {

		@Override
		public String toString() {
			return "LoginRequest[" + this.identifier + "]";
		}

	}

	record LoginResponse(String status, String sessionId, String principalId, String tenantId) {
	}

}

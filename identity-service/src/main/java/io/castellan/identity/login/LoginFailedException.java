package io.castellan.identity.login;

import io.castellan.platform.web.ProblemException;

import org.springframework.security.core.AuthenticationException;

/** A failed login on the login page, carrying the same problem the JSON API answers with. */
class LoginFailedException extends AuthenticationException {

	private final transient ProblemException problem;

	LoginFailedException(ProblemException problem) {
		super(problem.getMessage());
		this.problem = problem;
	}

	ProblemException problem() {
		return this.problem;
	}

}

package io.castellan.identity.credential;

import java.util.List;

import io.castellan.platform.web.ProblemException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a new password against its tenant's policy and the breach list, then hashes it. Used on registration,
 * change, reset, signup and invite acceptance, so every path applies the same rules.
 */
@Component
public class Passwords {

	private final PasswordPolicies policies;

	private final BreachedPasswords breached;

	private final PasswordEncoder encoder;

	Passwords(PasswordPolicies policies, BreachedPasswords breached, PasswordEncoder encoder) {
		this.policies = policies;
		this.breached = breached;
		// Passwords are checked at full cost every time: no verification cache for what people choose.
		this.encoder = (encoder instanceof VerifiedSecretCache cache) ? cache.uncached() : encoder;
	}

	/**
	 * @return the hash to store
	 * @throws ProblemException 422 {@code password_too_short}, {@code password_too_long},
	 * {@code password_classes_missing} or {@code password_breached}
	 */
	public String checkAndHash(String tenantId, String password) {
		PasswordPolicy policy = this.policies.effective(tenantId);
		List<String> violations = policy.violations(password);
		if (!violations.isEmpty()) {
			throw ProblemException.unprocessable(violations.getFirst(), policy.describe());
		}
		if (policy.checkBreached() && this.breached.isBreached(password)) {
			throw ProblemException.unprocessable("password_breached",
					"This password appears in a known data breach; choose another.");
		}
		return this.encoder.encode(password);
	}

	public boolean matches(String password, String hash) {
		return this.encoder.matches(password, hash);
	}

}

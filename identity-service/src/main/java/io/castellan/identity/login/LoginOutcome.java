package io.castellan.identity.login;

import java.util.List;

/**
 * What a correct first factor leads to. Login is two-phase by design: when a second factor is enrolled or required
 * the session starts {@code partial} and can do nothing but complete it. No second factors exist yet, so every
 * outcome today is {@link Authenticated}.
 */
public sealed interface LoginOutcome {

	String sessionId();

	String principalId();

	String tenantId();

	record Authenticated(String sessionId, String principalId, String tenantId) implements LoginOutcome {
	}

	record SecondFactorRequired(String sessionId, String principalId, String tenantId,
			List<String> factors) implements LoginOutcome {
	}

}

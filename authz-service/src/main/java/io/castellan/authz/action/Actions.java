package io.castellan.authz.action;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import io.castellan.platform.web.ProblemException;

import org.springframework.http.HttpStatus;

/** The seeded global action names. Custom actions and applicability rules come with the full access model. */
public final class Actions {

	public static final Set<String> SEEDED = Set.of("read", "create", "write", "delete", "revoke", "rotate", "publish",
			"subscribe", "execute", "manage", "policy.manage", "role.manage", "authz.check");

	private Actions() {
	}

	/** @throws ProblemException 422 {@code action_unknown} naming the unknown actions */
	public static void requireKnown(Collection<String> actions) {
		List<String> unknown = actions.stream().filter((action) -> !SEEDED.contains(action)).sorted().toList();
		if (!unknown.isEmpty()) {
			throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "action_unknown",
					"Unknown actions " + unknown + "; known: " + SEEDED.stream().sorted().toList() + ".");
		}
	}

}

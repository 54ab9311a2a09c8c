package io.castellan.identity.principal.command;

import java.time.Instant;
import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Register a principal; id and time come from the caller.
 * @param passwordHash an already checked and hashed password, or {@code null}
 */
public record RegisterPrincipal(@TargetAggregateIdentifier String principalId, String tenantId, String kind,
		String name, String alias, String email, Map<String, Object> attributes, String passwordHash,
		String registeredBy, Instant registeredAt, String profile, Integer profileVersion) {

	/** A registration without a profile. */
	public RegisterPrincipal(String principalId, String tenantId, String kind, String name, String alias, String email,
			Map<String, Object> attributes, String passwordHash, String registeredBy, Instant registeredAt) {
		this(principalId, tenantId, kind, name, alias, email, attributes, passwordHash, registeredBy, registeredAt, null,
				null);
	}

	@Override
	public String toString() {
		// Commands end up in logs and traces; the hash must not.
		return "RegisterPrincipal[" + this.principalId + " in " + this.tenantId + "]";
	}

}

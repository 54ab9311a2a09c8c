package io.castellan.schemas.identity;

import java.time.Instant;

import io.castellan.schemas.PublishedEvent;

/**
 * A principal's email address is verified. Schema: {@code schemas/castellan.identity.principal.email_verified.v1.json}.
 * @param method {@code link} (the verification link was followed) or {@code invite} (an invitation sent to the
 * address was accepted)
 */
public record PrincipalEmailVerified(String principalId, String tenantId, String email, String method,
		Instant verifiedAt) implements PublishedEvent {

	public static final String TYPE = "castellan.identity.principal.email_verified.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.principalId;
	}

}

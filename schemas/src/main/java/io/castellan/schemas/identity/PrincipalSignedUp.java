package io.castellan.schemas.identity;

import java.time.Instant;

import io.castellan.schemas.PublishedEvent;

/**
 * A human registered themselves through self-service signup (as opposed to being registered by an administrator,
 * which is {@link PrincipalRegistered} alone). The principal cannot log in until its email is verified.
 * Schema: {@code schemas/castellan.identity.principal.signed_up.v1.json}.
 * @param locale the locale the person asked for, for the mails that follow
 */
public record PrincipalSignedUp(String principalId, String tenantId, String email, String locale,
		Instant signedUpAt) implements PublishedEvent {

	public static final String TYPE = "castellan.identity.principal.signed_up.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.principalId;
	}

}

package io.castellan.identity.signup.event;

import java.time.Instant;

/** A human signed up; their principal was registered in the same unit of work, their email still unverified. */
public record PrincipalSignedUp(String verificationId, String principalId, String tenantId, String email,
		String locale, Instant signedUpAt) {
}

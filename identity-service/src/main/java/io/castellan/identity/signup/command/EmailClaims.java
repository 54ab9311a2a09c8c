package io.castellan.identity.signup.command;

import java.util.Locale;

import io.castellan.platform.axon.UniqueClaims;

/**
 * One principal per email address and tenant, among those that came through signup or an invitation: the address
 * is claimed in the same transaction as the registration, so two concurrent signups cannot both take it.
 */
public final class EmailClaims {

	static final String SCOPE = "principal.email";

	private EmailClaims() {
	}

	/** @throws io.castellan.platform.web.ProblemException 409 {@code principal_email_taken} */
	public static void claim(UniqueClaims claims, String tenantId, String email, String principalId) {
		claims.claim(SCOPE, tenantId + "/" + email.toLowerCase(Locale.ROOT), principalId, "principal_email_taken",
				"A principal with this email address already exists.");
	}

}

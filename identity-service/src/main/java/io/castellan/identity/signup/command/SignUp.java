package io.castellan.identity.signup.command;

import java.time.Instant;

import io.castellan.identity.token.IssuedToken;

/**
 * Register a human who signs themselves up, email unverified, and request the verification mail.
 * @param passwordHash already checked against the tenant's policy and hashed
 * @param token the verification token, issued for this principal
 */
public record SignUp(String principalId, String tenantId, String email, String name, String locale,
		String passwordHash, IssuedToken token, Instant signedUpAt) {

	@Override
	public String toString() {
		return "SignUp[" + this.principalId + " in " + this.tenantId + "]";
	}

}

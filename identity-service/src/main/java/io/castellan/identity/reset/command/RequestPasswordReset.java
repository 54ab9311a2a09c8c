package io.castellan.identity.reset.command;

import java.time.Instant;

import io.castellan.identity.token.IssuedToken;

/** Start a reset for a principal found by its email: store the token and ask for the mail. */
public record RequestPasswordReset(String resetId, String principalId, String tenantId, String email, String name,
		String locale, IssuedToken token, Instant requestedAt) {
}

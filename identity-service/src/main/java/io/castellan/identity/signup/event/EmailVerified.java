package io.castellan.identity.signup.event;

import java.time.Instant;

/** A principal's email is verified, by following the link ({@code link}) or by accepting an invitation ({@code invite}). */
public record EmailVerified(String verificationId, String principalId, String tenantId, String email, String method,
		Instant verifiedAt) {
}

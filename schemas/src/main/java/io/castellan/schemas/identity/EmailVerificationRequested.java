package io.castellan.schemas.identity;

import java.time.Instant;

import io.castellan.schemas.PublishedEvent;

/**
 * A verification mail is due: a single-use token proves control of {@code email}. The token travels only sealed
 * (AES-256-GCM under the shared link key, associated data {@link #sealingContext(String)}); only the service that
 * sends the mail opens it. Schema: {@code schemas/castellan.identity.email_verification.requested.v1.json}.
 * @param reason {@code signup} or {@code resend}
 * @param sealedToken the token, sealed; see {@code SealedSecrets} in the platform library for the format
 */
public record EmailVerificationRequested(String principalId, String tenantId, String email, String name,
		String locale, String reason, String sealedToken, Instant expiresAt, Instant requestedAt)
		implements PublishedEvent {

	public static final String TYPE = "castellan.identity.email_verification.requested.v1";

	/** The associated data the token is sealed with: {@code <type>/<principalId>}. */
	public static String sealingContext(String principalId) {
		return TYPE + "/" + principalId;
	}

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.principalId;
	}

}

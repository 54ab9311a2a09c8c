package io.castellan.schemas.identity;

import java.time.Instant;

import io.castellan.schemas.PublishedEvent;

/**
 * Someone asked to reset a principal's password; a mail with a single-use, short-lived link is due. The token
 * travels only sealed (AES-256-GCM under the shared link key, associated data {@link #sealingContext(String)}).
 * Schema: {@code schemas/castellan.identity.password_reset.requested.v1.json}.
 */
public record PasswordResetRequested(String resetId, String principalId, String tenantId, String email,
		String name, String locale, String sealedToken, Instant expiresAt, Instant requestedAt)
		implements PublishedEvent {

	public static final String TYPE = "castellan.identity.password_reset.requested.v1";

	/** The associated data the token is sealed with: {@code <type>/<resetId>}. */
	public static String sealingContext(String resetId) {
		return TYPE + "/" + resetId;
	}

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.resetId;
	}

}

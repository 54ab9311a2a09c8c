package io.castellan.schemas.identity;

import java.time.Instant;

import io.castellan.schemas.PublishedEvent;

/**
 * A refresh token that had already been exchanged for a new one was presented again, a sign that it was stolen
 * (RFC 9700 section 4.14.2). The whole authorization it belonged to, every access and refresh token of the family,
 * was revoked. Schema: {@code schemas/castellan.identity.refresh_token.reuse_detected.v1.json}.
 * @param authorizationId the revoked authorization (token family)
 * @param subject the principal the tokens were issued to
 */
public record RefreshTokenReuseDetected(String authorizationId, String clientId, String tenantId, String subject,
		Instant detectedAt) implements PublishedEvent {

	public static final String TYPE = "castellan.identity.refresh_token.reuse_detected.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

}

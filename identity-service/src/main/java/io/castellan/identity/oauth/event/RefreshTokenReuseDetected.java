package io.castellan.identity.oauth.event;

import java.time.Instant;

/**
 * Internal event: an already rotated refresh token was presented again and its authorization (the token family)
 * was revoked. Published as castellan.identity.refresh_token.reuse_detected.v1.
 * @param tenantId the client's tenant, null for platform clients
 * @param subject the principal the tokens were issued to
 */
public record RefreshTokenReuseDetected(String authorizationId, String clientId, String tenantId, String subject,
		Instant detectedAt) {
}

package io.castellan.identity.client.event;

import java.time.Instant;

/**
 * Internal event: a confidential client got a new secret; the old one stopped working. The fact only, never the
 * secret nor its hash. Published as castellan.identity.oauth_client.secret_rotated.v1.
 */
public record OAuthClientSecretRotated(String id, String clientId, String tenantId, String rotatedBy,
		Instant rotatedAt) {
}

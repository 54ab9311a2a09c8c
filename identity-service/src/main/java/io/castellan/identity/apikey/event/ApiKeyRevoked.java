package io.castellan.identity.apikey.event;

import java.time.Instant;

/** An API key was revoked; it stops working at once. */
public record ApiKeyRevoked(String keyId, String ownerId, String tenantId, String revokedBy, Instant revokedAt) {
}

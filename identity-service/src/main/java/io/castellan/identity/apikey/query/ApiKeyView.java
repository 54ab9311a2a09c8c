package io.castellan.identity.apikey.query;

import java.time.Instant;
import java.util.List;

import io.castellan.identity.apikey.event.CeilingGrant;

/** An API key as its owner sees it (never its secret). */
public record ApiKeyView(String keyId, String ownerId, String tenantId, String name, List<CeilingGrant> ceiling,
		Instant expiresAt, String createdBy, Instant createdAt, Instant revokedAt, Instant lastUsedAt) {

	public boolean usableAt(Instant now) {
		return this.revokedAt == null && (this.expiresAt == null || this.expiresAt.isAfter(now));
	}

}

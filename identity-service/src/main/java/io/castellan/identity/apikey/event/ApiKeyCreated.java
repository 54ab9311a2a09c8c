package io.castellan.identity.apikey.event;

import java.time.Instant;
import java.util.List;

/**
 * An API key was created for a principal. Its secret was shown once to the creator and only its keyed hash is
 * kept, beside the event, never in it.
 * @param ceiling the permission ceiling ({@code null}: the owner's rights; empty: nothing)
 */
public record ApiKeyCreated(String keyId, String ownerId, String tenantId, String name, List<CeilingGrant> ceiling,
		Instant expiresAt, String createdBy, Instant createdAt) {
}

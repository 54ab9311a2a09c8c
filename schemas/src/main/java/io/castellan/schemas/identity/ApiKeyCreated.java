package io.castellan.schemas.identity;

import java.time.Instant;
import java.util.List;

import io.castellan.schemas.PublishedEvent;

/**
 * An API key was created; never its secret or hash. Schema: {@code schemas/castellan.identity.api_key.created.v1.json}.
 * @param ceiling {@code null}: the owner's rights; otherwise the only (actions, scope) pairs the key may use
 */
public record ApiKeyCreated(String keyId, String ownerId, String tenantId, String name, List<Grant> ceiling,
		Instant expiresAt, String createdBy, Instant createdAt) implements PublishedEvent {

	public static final String TYPE = "castellan.identity.api_key.created.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.keyId;
	}

	/** Actions within a permission-block scope. */
	public record Grant(List<String> actions, Scope scope) {
	}

	/** A permission-block scope: the mode and the fields it needs. */
	public record Scope(String mode, String objectKind, String objectType, String objectId, String groupId) {
	}

}

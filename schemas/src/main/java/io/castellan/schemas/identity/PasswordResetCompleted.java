package io.castellan.schemas.identity;

import java.time.Instant;

import io.castellan.schemas.PublishedEvent;

/**
 * A password was reset with a reset link; the principal's sessions were revoked with it (each also announced as
 * {@link SessionRevoked} with reason {@code password_reset}).
 * Schema: {@code schemas/castellan.identity.password_reset.completed.v1.json}.
 */
public record PasswordResetCompleted(String resetId, String principalId, String tenantId, int sessionsRevoked,
		Instant completedAt) implements PublishedEvent {

	public static final String TYPE = "castellan.identity.password_reset.completed.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.resetId;
	}

}

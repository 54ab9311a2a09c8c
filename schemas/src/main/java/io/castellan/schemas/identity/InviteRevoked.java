package io.castellan.schemas.identity;

import java.time.Instant;

import io.castellan.schemas.PublishedEvent;

/** An invitation was withdrawn before it was accepted. Schema: {@code schemas/castellan.identity.invite.revoked.v1.json}. */
public record InviteRevoked(String inviteId, String tenantId, String revokedBy, Instant revokedAt)
		implements PublishedEvent {

	public static final String TYPE = "castellan.identity.invite.revoked.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.inviteId;
	}

}

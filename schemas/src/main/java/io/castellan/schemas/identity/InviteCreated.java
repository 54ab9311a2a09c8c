package io.castellan.schemas.identity;

import java.time.Instant;
import java.util.List;

import io.castellan.schemas.PublishedEvent;

/**
 * Someone was invited to a tenant with roles; an invitation mail is due. The token travels only sealed
 * (AES-256-GCM under the shared link key, associated data {@link #sealingContext(String)}).
 * Schema: {@code schemas/castellan.identity.invite.created.v1.json}.
 * @param roles ids of the roles the invitee gets on acceptance
 */
public record InviteCreated(String inviteId, String tenantId, String email, List<String> roles, String locale,
		String sealedToken, Instant expiresAt, String createdBy, Instant createdAt) implements PublishedEvent {

	public static final String TYPE = "castellan.identity.invite.created.v1";

	/** The associated data the token is sealed with: {@code <type>/<inviteId>}. */
	public static String sealingContext(String inviteId) {
		return TYPE + "/" + inviteId;
	}

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.inviteId;
	}

}

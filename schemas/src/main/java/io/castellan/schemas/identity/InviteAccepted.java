package io.castellan.schemas.identity;

import java.time.Instant;
import java.util.List;

import io.castellan.schemas.PublishedEvent;

/**
 * An invitation was accepted: the principal {@code principalId} now exists in the tenant with a verified email,
 * and should hold {@code roles} (authz-service assigns them). Published after the principal's
 * {@link PrincipalRegistered}, on the same partition. Schema: {@code schemas/castellan.identity.invite.accepted.v1.json}.
 */
public record InviteAccepted(String inviteId, String tenantId, String principalId, String email,
		List<String> roles, Instant acceptedAt) implements PublishedEvent {

	public static final String TYPE = "castellan.identity.invite.accepted.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.inviteId;
	}

}

package io.castellan.identity.invite.event;

import java.time.Instant;
import java.util.List;

/** An invitation was accepted; {@code principalId} was registered in the same unit of work. */
public record InviteAccepted(String inviteId, String tenantId, String principalId, String email, List<String> roles,
		Instant acceptedAt) {
}

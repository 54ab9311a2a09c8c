package io.castellan.identity.invite.event;

import java.time.Instant;

/** An invitation was withdrawn before acceptance. */
public record InviteRevoked(String inviteId, String tenantId, String revokedBy, Instant revokedAt) {
}

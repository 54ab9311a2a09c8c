package io.castellan.identity.invite.command;

import java.time.Instant;
import java.util.List;

import io.castellan.identity.token.IssuedToken;

/** Invite an email address to a tenant with roles; the token expires with the invitation. */
public record CreateInvite(String inviteId, String tenantId, String email, List<String> roles, String locale,
		IssuedToken token, String createdBy, Instant createdAt) {
}

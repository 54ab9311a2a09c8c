package io.castellan.identity.invite.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Accept an invitation: spend its token and create the principal.
 * @param principalId the id of the principal to create
 * @param passwordHash already checked against the tenant's policy and hashed
 */
public record AcceptInvite(@TargetAggregateIdentifier String inviteId, String tokenHash, String principalId,
		String name, String passwordHash, Instant acceptedAt) {

	@Override
	public String toString() {
		return "AcceptInvite[" + this.inviteId + "]";
	}

}

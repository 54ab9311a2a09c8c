package io.castellan.identity.reset.command;

import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Spend the reset token, store the new password and revoke the sessions.
 * @param passwordHash already checked against the policy and hashed
 * @param sessionIds the principal's live sessions, all to be revoked
 */
public record CompletePasswordReset(@TargetAggregateIdentifier String resetId, String tokenHash,
		String passwordHash, List<String> sessionIds, Instant completedAt) {

	@Override
	public String toString() {
		return "CompletePasswordReset[" + this.resetId + "]";
	}

}

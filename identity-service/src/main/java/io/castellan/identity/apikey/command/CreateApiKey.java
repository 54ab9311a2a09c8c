package io.castellan.identity.apikey.command;

import java.time.Instant;
import java.util.List;

import io.castellan.identity.apikey.event.CeilingGrant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Create an API key; {@code secretHash} is the keyed hash of the secret the caller will show once. */
public record CreateApiKey(@TargetAggregateIdentifier String keyId, String ownerId, String tenantId, String name,
		String secretHash, List<CeilingGrant> ceiling, Instant expiresAt, String createdBy, Instant createdAt) {

	@Override
	public String toString() {
		return "CreateApiKey[" + this.keyId + " of " + this.ownerId + "]";
	}

}

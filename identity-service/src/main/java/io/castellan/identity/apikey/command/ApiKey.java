package io.castellan.identity.apikey.command;

import io.castellan.identity.apikey.event.ApiKeyCreated;
import io.castellan.identity.apikey.event.ApiKeyRevoked;
import io.castellan.platform.web.ProblemException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An API key, event-sourced; its secret's hash is stored beside the creation event, in the same transaction. */
@Aggregate
class ApiKey {

	@AggregateIdentifier
	private String keyId;

	private String ownerId;

	private String tenantId;

	private boolean revoked;

	ApiKey() {
		// for Axon
	}

	@CommandHandler
	ApiKey(CreateApiKey command, ApiKeySecrets secrets) {
		secrets.store(command.keyId(), command.secretHash());
		apply(new ApiKeyCreated(command.keyId(), command.ownerId(), command.tenantId(), command.name(),
				command.ceiling(), command.expiresAt(), command.createdBy(), command.createdAt()));
	}

	@CommandHandler
	void handle(RevokeApiKey command) {
		if (this.revoked) {
			throw ProblemException.conflict("api_key_revoked", "The API key is already revoked.");
		}
		apply(new ApiKeyRevoked(this.keyId, this.ownerId, this.tenantId, command.revokedBy(), command.revokedAt()));
	}

	@EventSourcingHandler
	void on(ApiKeyCreated event) {
		this.keyId = event.keyId();
		this.ownerId = event.ownerId();
		this.tenantId = event.tenantId();
	}

	@EventSourcingHandler
	void on(ApiKeyRevoked event) {
		this.revoked = true;
	}

}

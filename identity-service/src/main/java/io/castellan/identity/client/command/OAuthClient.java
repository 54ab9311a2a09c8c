package io.castellan.identity.client.command;

import io.castellan.identity.client.event.OAuthClientDeleted;
import io.castellan.identity.client.event.OAuthClientRegistered;
import io.castellan.identity.client.event.OAuthClientSecretRotated;
import io.castellan.identity.client.event.OAuthClientSettings;
import io.castellan.identity.client.event.OAuthClientStatusChanged;
import io.castellan.identity.client.event.OAuthClientUpdated;
import io.castellan.platform.axon.UniqueClaims;
import io.castellan.platform.web.ProblemException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An OAuth client, event-sourced. Its client_id is unique among live clients, claimed in the registration's
 * transaction and freed when it is deleted; a confidential client's secret hash is stored beside the events.
 */
@Aggregate
class OAuthClient {

	static final String CLIENT_ID_SCOPE = "oauth_client.client_id";

	@AggregateIdentifier
	private String id;

	private String clientId;

	private String tenantId;

	private String clientType;

	private String status;

	OAuthClient() {
		// for Axon
	}

	@CommandHandler
	OAuthClient(RegisterOAuthClient command, UniqueClaims claims, ClientSecrets secrets) {
		OAuthClientSettings settings = ClientRules.check(command.clientType(), command.settings());
		boolean confidential = ClientRules.CONFIDENTIAL.equals(command.clientType());
		if (confidential == (command.secretHash() == null)) {
			throw new IllegalArgumentException("A confidential client needs a secret hash, a public one has none");
		}
		claims.claim(CLIENT_ID_SCOPE, command.clientId(), command.id(), "oauth_client_id_taken",
				"A client with client_id '" + command.clientId() + "' already exists.");
		if (confidential) {
			secrets.store(command.id(), command.secretHash(), command.registeredAt());
		}
		apply(new OAuthClientRegistered(command.id(), command.clientId(), command.tenantId(), command.clientType(),
				settings, command.registeredBy(), command.registeredAt()));
	}

	@CommandHandler
	void handle(UpdateOAuthClient command) {
		requireLive();
		OAuthClientSettings settings = ClientRules.check(this.clientType, command.settings());
		apply(new OAuthClientUpdated(this.id, this.clientId, this.tenantId, this.clientType, settings,
				command.updatedBy(), command.updatedAt()));
	}

	@CommandHandler
	void handle(RotateOAuthClientSecret command, ClientSecrets secrets) {
		requireLive();
		if (!ClientRules.CONFIDENTIAL.equals(this.clientType)) {
			throw ProblemException.unprocessable("oauth_client_public",
					"Public clients have no secret to rotate.");
		}
		secrets.store(this.id, command.secretHash(), command.rotatedAt());
		apply(new OAuthClientSecretRotated(this.id, this.clientId, this.tenantId, command.rotatedBy(),
				command.rotatedAt()));
	}

	@CommandHandler
	void handle(ChangeOAuthClientStatus command) {
		requireLive();
		if (!command.status().equals("active") && !command.status().equals("disabled")) {
			throw ProblemException.unprocessable("oauth_client_status_invalid", "status must be active or disabled.");
		}
		if (command.status().equals(this.status)) {
			return; // already so: nothing happened, nothing to tell
		}
		apply(new OAuthClientStatusChanged(this.id, this.clientId, this.tenantId, command.status(), this.status,
				command.changedBy(), command.changedAt()));
	}

	@CommandHandler
	void handle(DeleteOAuthClient command, UniqueClaims claims, ClientSecrets secrets) {
		requireLive();
		claims.release(CLIENT_ID_SCOPE, this.clientId, this.id);
		secrets.forget(this.id);
		apply(new OAuthClientDeleted(this.id, this.clientId, this.tenantId, command.deletedBy(),
				command.deletedAt()));
	}

	@EventSourcingHandler
	void on(OAuthClientRegistered event) {
		this.id = event.id();
		this.clientId = event.clientId();
		this.tenantId = event.tenantId();
		this.clientType = event.clientType();
		this.status = "active";
	}

	@EventSourcingHandler
	void on(OAuthClientStatusChanged event) {
		this.status = event.status();
	}

	@EventSourcingHandler
	void on(OAuthClientDeleted event) {
		this.status = "deleted";
		AggregateLifecycle.markDeleted();
	}

	private void requireLive() {
		if ("deleted".equals(this.status)) {
			throw ProblemException.notFound("oauth_client", this.clientId);
		}
	}

}

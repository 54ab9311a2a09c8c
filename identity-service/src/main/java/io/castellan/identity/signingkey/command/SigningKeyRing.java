package io.castellan.identity.signingkey.command;

import io.castellan.identity.signingkey.event.SigningKeyRotated;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The platform's signing keys, one aggregate: it knows which key is active, so rotations are serialised (two at
 * once conflict on the event sequence) and conditional rotations are decided on its own state.
 */
@Aggregate
class SigningKeyRing {

	@AggregateIdentifier
	private String ringId;

	private String activeKid;

	SigningKeyRing() {
		// for Axon
	}

	@CommandHandler
	@CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
	void handle(RotateSigningKey command, KeyMaterial material) {
		boolean skip = switch (command.when()) {
			case ALWAYS -> false;
			case IF_NONE -> this.activeKid != null;
			case IF_ACTIVE -> this.activeKid == null || !this.activeKid.equals(command.expectedActiveKid());
		};
		if (skip) {
			return;
		}
		material.store(command);
		apply(new SigningKeyRotated(command.ringId(), command.kid(), command.algorithm(), this.activeKid,
				command.rotatedBy(), command.rotatedAt()));
	}

	@EventSourcingHandler
	void on(SigningKeyRotated event) {
		this.ringId = event.ringId();
		this.activeKid = event.kid();
	}

}

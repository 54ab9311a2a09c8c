package io.castellan.authz.object.command;

import java.util.Objects;

import io.castellan.authz.object.event.ObjectAttributesUpdated;
import io.castellan.authz.object.event.ObjectMoved;
import io.castellan.authz.object.event.ObjectRegistered;
import io.castellan.authz.object.event.ObjectRemoved;
import io.castellan.authz.objectgroup.command.ObjectTree;
import io.castellan.platform.web.ProblemException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A registered object, event-sourced. The {@link ObjectTree}, written in the same transaction, takes its id for good
 * and keeps the group it sits in, refusing groups of other tenants.
 */
@Aggregate
class AuthzObject {

	@AggregateIdentifier
	private String objectId;

	private String tenantId;

	private String groupId;

	private boolean removed;

	AuthzObject() {
		// for Axon
	}

	@CommandHandler
	AuthzObject(RegisterObject command, ObjectTree tree) {
		tree.addObject(command.objectId(), command.tenantId(), command.groupId());
		apply(new ObjectRegistered(command.objectId(), command.tenantId(), command.type(), command.attributes(),
				command.groupId()));
	}

	@CommandHandler
	void handle(UpdateObjectAttributes command) {
		requireLive();
		apply(new ObjectAttributesUpdated(this.objectId, this.tenantId, command.attributes()));
	}

	@CommandHandler
	void handle(MoveObject command, ObjectTree tree) {
		requireLive();
		if (Objects.equals(command.groupId(), this.groupId)) {
			return;
		}
		tree.moveObject(this.objectId, this.tenantId, command.groupId());
		apply(new ObjectMoved(this.objectId, this.tenantId, command.groupId(), this.groupId));
	}

	@CommandHandler
	void handle(RemoveObject command, ObjectTree tree) {
		requireLive();
		tree.removeObject(this.objectId, this.tenantId);
		apply(new ObjectRemoved(this.objectId, this.tenantId));
	}

	private void requireLive() {
		if (this.removed) {
			throw ProblemException.notFound("object", this.objectId);
		}
	}

	@EventSourcingHandler
	void on(ObjectRegistered event) {
		this.objectId = event.objectId();
		this.tenantId = event.tenantId();
		this.groupId = event.groupId();
	}

	@EventSourcingHandler
	void on(ObjectMoved event) {
		this.groupId = event.groupId();
	}

	@EventSourcingHandler
	void on(ObjectRemoved event) {
		this.removed = true;
	}

}

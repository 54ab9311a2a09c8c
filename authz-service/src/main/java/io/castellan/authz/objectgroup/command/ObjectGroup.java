package io.castellan.authz.objectgroup.command;

import java.util.Objects;

import io.castellan.authz.objectgroup.event.ObjectGroupCreated;
import io.castellan.authz.objectgroup.event.ObjectGroupMoved;
import io.castellan.authz.objectgroup.event.ObjectGroupRemoved;
import io.castellan.platform.web.ProblemException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An object group, event-sourced. The {@link ObjectTree}, written in the same transaction, takes its id (shared
 * with objects) and keeps where it sits, refusing foreign parents, cycles and the removal of non-empty groups.
 */
@Aggregate
class ObjectGroup {

	@AggregateIdentifier
	private String groupId;

	private String tenantId;

	private String parentGroupId;

	private boolean removed;

	ObjectGroup() {
		// for Axon
	}

	@CommandHandler
	ObjectGroup(CreateObjectGroup command, ObjectTree tree) {
		tree.addGroup(command.groupId(), command.tenantId(), command.parentGroupId());
		apply(new ObjectGroupCreated(command.groupId(), command.tenantId(), command.name(), command.parentGroupId()));
	}

	@CommandHandler
	void handle(MoveObjectGroup command, ObjectTree tree) {
		requireLive();
		if (Objects.equals(command.parentGroupId(), this.parentGroupId)) {
			return;
		}
		tree.moveGroup(this.groupId, this.tenantId, command.parentGroupId());
		apply(new ObjectGroupMoved(this.groupId, this.tenantId, command.parentGroupId(), this.parentGroupId));
	}

	@CommandHandler
	void handle(RemoveObjectGroup command, ObjectTree tree) {
		requireLive();
		tree.removeGroup(this.groupId, this.tenantId);
		apply(new ObjectGroupRemoved(this.groupId, this.tenantId));
	}

	private void requireLive() {
		if (this.removed) {
			throw ProblemException.notFound("object_group", this.groupId);
		}
	}

	@EventSourcingHandler
	void on(ObjectGroupCreated event) {
		this.groupId = event.groupId();
		this.tenantId = event.tenantId();
		this.parentGroupId = event.parentGroupId();
	}

	@EventSourcingHandler
	void on(ObjectGroupMoved event) {
		this.parentGroupId = event.parentGroupId();
	}

	@EventSourcingHandler
	void on(ObjectGroupRemoved event) {
		this.removed = true;
	}

}

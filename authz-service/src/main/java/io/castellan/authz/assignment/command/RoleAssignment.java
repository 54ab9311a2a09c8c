package io.castellan.authz.assignment.command;

import io.castellan.authz.assignment.event.RoleAssigned;
import io.castellan.authz.assignment.event.RoleAssignedToGroup;
import io.castellan.platform.axon.UniqueClaims;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One role given to one principal or group; giving the same role twice is a conflict, claimed in the write. */
@Aggregate
class RoleAssignment {

	static final String PAIR_SCOPE = "role.assignment";

	@AggregateIdentifier
	private String assignmentId;

	RoleAssignment() {
		// for Axon
	}

	@CommandHandler
	RoleAssignment(AssignRole command, UniqueClaims claims) {
		claims.claim(PAIR_SCOPE, command.roleId() + "/" + command.principalId(), command.assignmentId(),
				"role_already_assigned", "The principal already has this role.");
		apply(new RoleAssigned(command.assignmentId(), command.roleId(), command.tenantId(), command.principalId()));
	}

	@CommandHandler
	RoleAssignment(AssignRoleToGroup command, UniqueClaims claims) {
		claims.claim(PAIR_SCOPE, command.roleId() + "/group:" + command.groupId(), command.assignmentId(),
				"role_already_assigned", "The group already has this role.");
		apply(new RoleAssignedToGroup(command.assignmentId(), command.roleId(), command.tenantId(),
				command.groupId()));
	}

	@EventSourcingHandler
	void on(RoleAssignedToGroup event) {
		this.assignmentId = event.assignmentId();
	}

	@EventSourcingHandler
	void on(RoleAssigned event) {
		this.assignmentId = event.assignmentId();
	}

}

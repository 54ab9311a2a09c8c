package io.castellan.authz.policy.command;

import java.util.List;

import io.castellan.authz.action.BlockRules;
import io.castellan.authz.objectgroup.command.ObjectTree;
import io.castellan.authz.policy.event.PolicyAttached;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A direct policy, event-sourced: its block obeys the same shape rules as a role's. */
@Aggregate
class DirectPolicy {

	@AggregateIdentifier
	private String policyId;

	DirectPolicy() {
		// for Axon
	}

	@CommandHandler
	DirectPolicy(AttachPolicy command, ObjectTree tree) {
		BlockRules.requireValid(List.of(command.block()), command.tenantId());
		if (command.block().groupId() != null) {
			tree.requireScopeGroup(command.block().groupId(), command.tenantId());
		}
		apply(new PolicyAttached(command.policyId(), command.tenantId(), command.principalId(), command.groupId(),
				command.block()));
	}

	@EventSourcingHandler
	void on(PolicyAttached event) {
		this.policyId = event.policyId();
	}

}

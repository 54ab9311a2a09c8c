package io.castellan.authz.role.command;

import java.util.Locale;

import io.castellan.authz.action.BlockRules;
import io.castellan.authz.objectgroup.command.ObjectTree;
import io.castellan.authz.role.event.Block;
import io.castellan.authz.role.event.RoleCreated;
import io.castellan.platform.axon.UniqueClaims;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A role, event-sourced. Its name is unique within its tenant; the same name in two tenants is two roles. */
@Aggregate
class Role {

	static final String NAME_SCOPE = "role.name";

	@AggregateIdentifier
	private String roleId;

	Role() {
		// for Axon
	}

	@CommandHandler
	Role(CreateRole command, UniqueClaims claims, ObjectTree tree) {
		BlockRules.requireValid(command.blocks(), command.tenantId());
		for (Block block : command.blocks()) {
			if (block.groupId() != null) {
				tree.requireScopeGroup(block.groupId(), command.tenantId());
			}
		}
		claims.claim(NAME_SCOPE, command.tenantId() + "/" + command.name().toLowerCase(Locale.ROOT), command.roleId(),
				"role_name_taken", "A role named '" + command.name() + "' already exists in this tenant.");
		apply(new RoleCreated(command.roleId(), command.tenantId(), command.name(), command.blocks()));
	}

	@EventSourcingHandler
	void on(RoleCreated event) {
		this.roleId = event.roleId();
	}

}

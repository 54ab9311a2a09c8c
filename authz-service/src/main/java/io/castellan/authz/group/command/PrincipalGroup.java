package io.castellan.authz.group.command;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import io.castellan.authz.group.event.GroupMemberAdded;
import io.castellan.authz.group.event.PrincipalGroupCreated;
import io.castellan.platform.axon.UniqueClaims;
import io.castellan.platform.web.ProblemException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A principal group, event-sourced: its name is unique in its tenant and a principal joins it once. */
@Aggregate
class PrincipalGroup {

	static final String NAME_SCOPE = "principal_group.name";

	@AggregateIdentifier
	private String groupId;

	private String tenantId;

	private final Set<String> members = new HashSet<>();

	PrincipalGroup() {
		// for Axon
	}

	@CommandHandler
	PrincipalGroup(CreatePrincipalGroup command, UniqueClaims claims) {
		claims.claim(NAME_SCOPE, command.tenantId() + "/" + command.name().toLowerCase(Locale.ROOT), command.groupId(),
				"principal_group_name_taken", "A group named '" + command.name() + "' already exists in this tenant.");
		apply(new PrincipalGroupCreated(command.groupId(), command.tenantId(), command.name(),
				command.parentGroupId()));
	}

	@CommandHandler
	void handle(AddGroupMember command) {
		if (this.members.contains(command.principalId())) {
			throw ProblemException.conflict("principal_group_member_exists", "The principal is already a member.");
		}
		apply(new GroupMemberAdded(this.groupId, this.tenantId, command.principalId()));
	}

	@EventSourcingHandler
	void on(PrincipalGroupCreated event) {
		this.groupId = event.groupId();
		this.tenantId = event.tenantId();
	}

	@EventSourcingHandler
	void on(GroupMemberAdded event) {
		this.members.add(event.principalId());
	}

}

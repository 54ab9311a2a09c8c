package io.castellan.tenant.tenant.command;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import io.castellan.platform.axon.UniqueClaims;
import io.castellan.platform.web.ProblemException;
import io.castellan.tenant.tenant.event.TenantCreated;
import io.castellan.tenant.tenant.event.TenantMemberAdded;
import io.castellan.tenant.tenant.event.TenantMemberRemoved;
import io.castellan.tenant.tenant.event.TenantStatusChanged;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A tenant, event-sourced. Its alias is unique ignoring case, claimed in the same transaction as its creation; its
 * status moves only along the lifecycle of {@link ChangeTenantStatus.Transition}.
 */
@Aggregate
class Tenant {

	static final String ALIAS_SCOPE = "tenant.alias";

	@AggregateIdentifier
	private String tenantId;

	private String status;

	private final Set<String> members = new HashSet<>();

	Tenant() {
		// for Axon
	}

	@CommandHandler
	Tenant(CreateTenant command, UniqueClaims claims) {
		claims.claim(ALIAS_SCOPE, command.alias().toLowerCase(Locale.ROOT), command.tenantId(), "tenant_alias_taken",
				"A tenant with alias '" + command.alias() + "' already exists.");
		apply(new TenantCreated(command.tenantId(), command.name(), command.alias(), command.createdBy(),
				command.createdAt()));
	}

	@CommandHandler
	void handle(ChangeTenantStatus command) {
		ChangeTenantStatus.Transition transition = command.transition();
		if (!transition.allowedFrom(this.status)) {
			throw ProblemException.conflict("tenant_transition_invalid", "A tenant that is " + this.status
					+ " cannot be " + transition.pastTense() + ".");
		}
		apply(new TenantStatusChanged(this.tenantId, transition.pastTense(), transition.target(), this.status,
				command.changedBy(), command.changedAt()));
	}

	@CommandHandler
	void handle(AddTenantMember command) {
		if (this.status.equals("deleted")) {
			throw ProblemException.conflict("tenant_not_active", "A deleted tenant takes no new members.");
		}
		if (this.members.contains(command.principalId())) {
			throw ProblemException.conflict("tenant_member_exists", "The principal is already a member.");
		}
		apply(new TenantMemberAdded(this.tenantId, command.principalId(), command.addedBy(), command.addedAt()));
	}

	@CommandHandler
	void handle(RemoveTenantMember command) {
		if (!this.members.contains(command.principalId())) {
			throw ProblemException.notFound("tenant_member", command.principalId());
		}
		apply(new TenantMemberRemoved(this.tenantId, command.principalId(), command.removedBy(),
				command.removedAt()));
	}

	@EventSourcingHandler
	void on(TenantMemberAdded event) {
		this.members.add(event.principalId());
	}

	@EventSourcingHandler
	void on(TenantMemberRemoved event) {
		this.members.remove(event.principalId());
	}

	@EventSourcingHandler
	void on(TenantStatusChanged event) {
		this.status = event.status();
	}

	@EventSourcingHandler
	void on(TenantCreated event) {
		this.tenantId = event.tenantId();
		this.status = "active";
	}

}

package io.castellan.identity.principal.command;

import java.util.Locale;

import io.castellan.identity.principal.event.PrincipalRegistered;
import io.castellan.platform.axon.UniqueClaims;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A principal, event-sourced. Its name is unique within its tenant among live principals, claimed in the same
 * transaction as its registration.
 */
@Aggregate
class Principal {

	static final String NAME_SCOPE = "principal.name";

	@AggregateIdentifier
	private String principalId;

	private String status;

	Principal() {
		// for Axon
	}

	@CommandHandler
	Principal(RegisterPrincipal command, UniqueClaims claims) {
		claims.claim(NAME_SCOPE, command.tenantId() + "/" + command.name().toLowerCase(Locale.ROOT),
				command.principalId(), "principal_name_taken",
				"A principal named '" + command.name() + "' already exists in this tenant.");
		apply(new PrincipalRegistered(command.principalId(), command.tenantId(), command.kind(), command.name(),
				command.email(), command.registeredBy(), command.registeredAt()));
	}

	@EventSourcingHandler
	void on(PrincipalRegistered event) {
		this.principalId = event.principalId();
		this.status = "active";
	}

}

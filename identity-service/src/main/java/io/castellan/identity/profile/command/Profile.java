package io.castellan.identity.profile.command;

import java.util.Locale;

import io.castellan.identity.profile.event.ProfileDefined;
import io.castellan.identity.profile.event.ProfileRevised;
import io.castellan.platform.axon.UniqueClaims;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A principal profile; its name is unique per tenant, and every schema change is a new version. */
@Aggregate
class Profile {

	@AggregateIdentifier
	private String profileId;

	private String tenantId;

	private int version;

	Profile() {
		// for Axon
	}

	@CommandHandler
	Profile(DefineProfile command, UniqueClaims claims) {
		claims.claim("profile.name", command.tenantId() + "/" + command.name().toLowerCase(Locale.ROOT),
				command.profileId(), "profile_name_taken",
				"A profile named '" + command.name() + "' already exists in this tenant.");
		apply(new ProfileDefined(command.profileId(), command.tenantId(), command.name(), command.kind(),
				command.schema(), command.definedBy(), command.definedAt()));
	}

	@CommandHandler
	void handle(ReviseProfile command) {
		apply(new ProfileRevised(this.profileId, this.tenantId, this.version + 1, command.schema(),
				command.revisedBy(), command.revisedAt()));
	}

	@EventSourcingHandler
	void on(ProfileDefined event) {
		this.profileId = event.profileId();
		this.tenantId = event.tenantId();
		this.version = 1;
	}

	@EventSourcingHandler
	void on(ProfileRevised event) {
		this.version = event.version();
	}

}

package io.castellan.identity.session.command;

import io.castellan.identity.session.event.SessionRevoked;
import io.castellan.identity.session.event.SessionStarted;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A login session, event-sourced so that its start and its revocation reach every service. How recently it was
 * used is not an event (it changes on every request); the read model keeps that.
 */
@Aggregate
class Session {

	@AggregateIdentifier
	private String sessionId;

	private String principalId;

	private String tenantId;

	private boolean revoked;

	Session() {
		// for Axon
	}

	@CommandHandler
	Session(StartSession command) {
		apply(new SessionStarted(command.sessionId(), command.principalId(), command.tenantId(), command.stage(),
				command.ipAddress(), command.userAgent(), command.startedAt()));
	}

	/** Revoking twice is not an error: "log out everywhere" races with a single logout, and both mean the same. */
	@CommandHandler
	void handle(RevokeSession command) {
		if (!this.revoked) {
			apply(new SessionRevoked(this.sessionId, this.principalId, this.tenantId, command.reason(),
					command.revokedBy(), command.revokedAt()));
		}
	}

	@EventSourcingHandler
	void on(SessionStarted event) {
		this.sessionId = event.sessionId();
		this.principalId = event.principalId();
		this.tenantId = event.tenantId();
	}

	@EventSourcingHandler
	void on(SessionRevoked event) {
		this.revoked = true;
	}

}

package io.castellan.identity.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.castellan.identity.session.command.RevokeSession;
import io.castellan.identity.session.query.SessionView;
import io.castellan.identity.session.query.Sessions;
import org.axonframework.commandhandling.gateway.CommandGateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Revokes sessions left unused beyond the idle timeout, so that their end is an event other services see, not
 * only a check at the next browser request.
 */
@Component
@EnableScheduling
class IdleSessionSweeper {

	private final Sessions sessions;

	private final CommandGateway commands;

	private final Clock clock;

	private final Duration idleTimeout;

	IdleSessionSweeper(Sessions sessions, CommandGateway commands, Clock clock,
			@Value("${castellan.sessions.idle-timeout:30m}") Duration idleTimeout) {
		this.sessions = sessions;
		this.commands = commands;
		this.clock = clock;
		this.idleTimeout = idleTimeout;
	}

	@Scheduled(fixedDelayString = "${castellan.sessions.sweep-interval:60s}")
	void sweep() {
		Instant now = this.clock.instant();
		for (SessionView session : this.sessions.idleSince(now.minus(this.idleTimeout), 500)) {
			this.commands.sendAndWait(new RevokeSession(session.sessionId(), "idle_timeout", null, now));
		}
	}

}

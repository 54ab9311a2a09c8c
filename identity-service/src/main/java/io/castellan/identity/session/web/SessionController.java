package io.castellan.identity.session.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.castellan.identity.session.command.RevokeSession;
import io.castellan.identity.session.query.SessionView;
import io.castellan.identity.session.query.Sessions;
import io.castellan.platform.security.Caller;
import io.castellan.platform.web.ProblemException;
import org.axonframework.commandhandling.gateway.CommandGateway;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A principal's sessions: its own under {@code /api/sessions} (the one its token came from marked
 * {@code current}), anyone's under {@code /api/principals/{id}/sessions} for platform administrators.
 */
@RestController
class SessionController {

	private final Sessions sessions;

	private final CommandGateway commands;

	private final Clock clock;

	SessionController(Sessions sessions, CommandGateway commands, Clock clock) {
		this.sessions = sessions;
		this.commands = commands;
		this.clock = clock;
	}

	@GetMapping("/api/sessions")
	Map<String, Object> own(@AuthenticationPrincipal Jwt jwt) {
		return Map.of("items", list(jwt.getSubject(), jwt.getClaimAsString("sid")));
	}

	@DeleteMapping("/api/sessions/{sessionId}")
	ResponseEntity<Void> revoke(@PathVariable String sessionId, @AuthenticationPrincipal Jwt jwt) {
		Caller caller = Caller.of(jwt);
		SessionView session = this.sessions.find(sessionId)
			.filter((found) -> caller.isPlatformAdmin() || found.principalId().equals(caller.subject()))
			.orElseThrow(() -> ProblemException.notFound("session", sessionId));
		String reason = session.principalId().equals(caller.subject()) ? "revoked" : "admin";
		this.commands.sendAndWait(new RevokeSession(sessionId, reason, caller.subject(), this.clock.instant()));
		return ResponseEntity.noContent().build();
	}

	/** Log out everywhere, this session included. */
	@DeleteMapping("/api/sessions")
	ResponseEntity<Void> revokeAll(@AuthenticationPrincipal Jwt jwt) {
		revokeAllOf(jwt.getSubject(), "revoked_all", jwt.getSubject());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/principals/{principalId}/sessions")
	Map<String, Object> ofPrincipal(@PathVariable String principalId, @AuthenticationPrincipal Jwt jwt) {
		Caller.of(jwt).requirePlatformAdmin();
		return Map.of("items", list(principalId, null));
	}

	@DeleteMapping("/api/principals/{principalId}/sessions")
	ResponseEntity<Void> revokeOfPrincipal(@PathVariable String principalId, @AuthenticationPrincipal Jwt jwt) {
		Caller caller = Caller.of(jwt).requirePlatformAdmin();
		revokeAllOf(principalId, "admin", caller.subject());
		return ResponseEntity.noContent().build();
	}

	private void revokeAllOf(String principalId, String reason, String by) {
		Instant now = this.clock.instant();
		for (SessionView session : this.sessions.active(principalId)) {
			this.commands.sendAndWait(new RevokeSession(session.sessionId(), reason, by, now));
		}
	}

	private List<SessionResponse> list(String principalId, String currentSessionId) {
		return this.sessions.active(principalId)
			.stream()
			.map((session) -> SessionResponse.of(session, session.sessionId().equals(currentSessionId)))
			.toList();
	}

	record SessionResponse(String id, String tenantId, String ipAddress, String userAgent, Instant createdAt,
			Instant lastSeenAt, boolean current) {

		static SessionResponse of(SessionView session, boolean current) {
			return new SessionResponse(session.sessionId(), session.tenantId(), session.ipAddress(),
					session.userAgent(), session.startedAt(), session.lastSeenAt(), current);
		}

	}

}

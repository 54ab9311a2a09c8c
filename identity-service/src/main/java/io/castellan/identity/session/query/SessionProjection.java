package io.castellan.identity.session.query;

import java.sql.Timestamp;

import io.castellan.identity.session.event.SessionRevoked;
import io.castellan.identity.session.event.SessionStarted;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps {@code session_v1} in step with the session events, in the command's transaction. */
@Component
@ProcessingGroup("sessions")
class SessionProjection {

	private final JdbcClient jdbc;

	SessionProjection(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventHandler
	void on(SessionStarted event) {
		this.jdbc.sql("""
				insert into session_v1 (session_id, principal_id, tenant_id, stage, ip_address, user_agent, started_at,
				    last_seen_at)
				values (:id, :principalId, :tenantId, :stage, :ip, :ua, :at, :at)
				on conflict (session_id) do nothing""")
			.param("id", event.sessionId())
			.param("principalId", event.principalId())
			.param("tenantId", event.tenantId())
			.param("stage", event.stage())
			.param("ip", event.ipAddress())
			.param("ua", event.userAgent())
			.param("at", Timestamp.from(event.startedAt()))
			.update();
	}

	@EventHandler
	void on(SessionRevoked event) {
		this.jdbc.sql("update session_v1 set revoked_at = :at, revoke_reason = :reason where session_id = :id")
			.param("id", event.sessionId())
			.param("at", Timestamp.from(event.revokedAt()))
			.param("reason", event.reason())
			.update();
	}

}

package io.castellan.identity.login;

import java.util.List;

import io.castellan.identity.session.event.SessionRevoked;
import io.castellan.platform.security.RevokedSessions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.stereotype.Component;

/**
 * When a session is revoked, the authorizations granted in it go too: its refresh tokens stop working and
 * introspection reports its access tokens inactive, in the same transaction as the revocation; and its access
 * tokens are refused by this service's API at once.
 */
@Component
@ProcessingGroup("session-authorizations")
class SessionAuthorizations {

	private final JdbcClient jdbc;

	private final OAuth2AuthorizationService authorizations;

	private final ObjectProvider<RevokedSessions> revokedSessions;

	SessionAuthorizations(JdbcClient jdbc, OAuth2AuthorizationService authorizations,
			ObjectProvider<RevokedSessions> revokedSessions) {
		this.jdbc = jdbc;
		this.authorizations = authorizations;
		this.revokedSessions = revokedSessions;
	}

	@EventHandler
	void on(SessionRevoked event) {
		// This service refuses the session's tokens at once; the others when the event reaches them.
		this.revokedSessions.ifAvailable((revoked) -> revoked.revoke(event.sessionId(), event.revokedAt()));
		List<String> ids = this.jdbc.sql("select authorization_id from session_authorization where session_id = :id")
			.param("id", event.sessionId())
			.query(String.class)
			.list();
		for (String id : ids) {
			OAuth2Authorization authorization = this.authorizations.findById(id);
			if (authorization != null) {
				this.authorizations.remove(authorization);
			}
		}
		this.jdbc.sql("delete from session_authorization where session_id = :id").param("id", event.sessionId()).update();
	}

}

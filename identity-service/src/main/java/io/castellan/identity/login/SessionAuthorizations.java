package io.castellan.identity.login;

import java.util.List;

import io.castellan.identity.session.event.SessionRevoked;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.stereotype.Component;

/**
 * When a session is revoked, the authorizations granted in it go too: its refresh tokens stop working and
 * introspection reports its access tokens inactive, in the same transaction as the revocation.
 */
@Component
@ProcessingGroup("session-authorizations")
class SessionAuthorizations {

	private final JdbcClient jdbc;

	private final OAuth2AuthorizationService authorizations;

	SessionAuthorizations(JdbcClient jdbc, OAuth2AuthorizationService authorizations) {
		this.jdbc = jdbc;
		this.authorizations = authorizations;
	}

	@EventHandler
	void on(SessionRevoked event) {
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

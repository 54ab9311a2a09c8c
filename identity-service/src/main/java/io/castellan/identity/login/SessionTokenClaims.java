package io.castellan.identity.login;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Access tokens issued to a principal who logged in here carry the session ({@code sid}) and the tenant
 * ({@code tenant_id}); and the authorization is remembered against the session so that revoking the session
 * revokes its tokens too.
 */
@Component
class SessionTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

	private final JdbcClient jdbc;

	SessionTokenClaims(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void customize(JwtEncodingContext context) {
		Authentication principal = context.getPrincipal();
		Optional<String> sessionId = SessionLogout.sessionId(principal);
		if (sessionId.isEmpty()) {
			return;
		}
		// The ID token keeps the authorization server's own sid, which RP-initiated logout checks against.
		if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
			context.getClaims().claim("sid", sessionId.get());
		}
		SessionLogout.tenantId(principal).ifPresent((tenantId) -> context.getClaims().claim("tenant_id", tenantId));
		if (context.getAuthorization() != null) {
			this.jdbc.sql("""
					insert into session_authorization (session_id, authorization_id) values (:session, :authorization)
					on conflict do nothing""")
				.param("session", sessionId.get())
				.param("authorization", context.getAuthorization().getId())
				.update();
		}
	}

}

package io.castellan.identity.oauth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.castellan.identity.client.query.OAuthClientRegistrations;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2TokenExchangeActor;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2TokenExchangeCompositeAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Claims of the token server itself, beside those of the login (session and tenant of a user, added by the
 * login module's customizer): a tenant-owned client's own tokens carry {@code tenant_id}, and a token obtained
 * by delegation (RFC 8693 token exchange with an actor token) names its actors in the nested {@code act} claim
 * (RFC 8693 section 4.1), the current actor outermost.
 */
final class PlatformTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

	@Override
	public void customize(JwtEncodingContext context) {
		if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
			return;
		}
		if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
			// Marks the token as one that is not stored (StatelessClientTokens); Auth0 uses the same claim.
			context.getClaims()
				.claim(StatelessClientTokens.GRANT_TYPE_CLAIM, AuthorizationGrantType.CLIENT_CREDENTIALS.getValue());
			String tenantId = context.getRegisteredClient()
				.getClientSettings()
				.getSetting(OAuthClientRegistrations.TENANT_SETTING);
			if (tenantId != null) {
				context.getClaims().claim("tenant_id", tenantId);
			}
		}
		if (context.getPrincipal() instanceof OAuth2TokenExchangeCompositeAuthenticationToken composite) {
			context.getClaims().claim("act", act(composite.getActors()));
		}
	}

	private static Map<String, Object> act(List<OAuth2TokenExchangeActor> actors) {
		Map<String, Object> act = new LinkedHashMap<>();
		OAuth2TokenExchangeActor current = actors.get(0);
		act.put("sub", current.getClaims().get("sub"));
		if (current.getClaims().get("iss") != null) {
			act.put("iss", String.valueOf(current.getClaims().get("iss")));
		}
		if (actors.size() > 1) {
			act.put("act", act(actors.subList(1, actors.size())));
		}
		return act;
	}

}

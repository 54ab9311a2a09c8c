package io.castellan.identity.oauth;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2ClientCredentialsAuthenticationConverter;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * A client credentials request that names no scope gets all the client's registered scopes, as Keycloak and most
 * servers do (RFC 6749 section 3.3 lets the server apply a pre-defined default); a request that names scopes gets
 * exactly those, checked as usual.
 */
final class DefaultScopesConverter implements AuthenticationConverter {

	private final OAuth2ClientCredentialsAuthenticationConverter delegate = new OAuth2ClientCredentialsAuthenticationConverter();

	@Override
	public Authentication convert(HttpServletRequest request) {
		Authentication converted = this.delegate.convert(request);
		if (converted instanceof OAuth2ClientCredentialsAuthenticationToken token && token.getScopes().isEmpty()
				&& token.getPrincipal() instanceof OAuth2ClientAuthenticationToken client
				&& client.getRegisteredClient() != null) {
			return new OAuth2ClientCredentialsAuthenticationToken(client, client.getRegisteredClient().getScopes(),
					token.getAdditionalParameters());
		}
		return converted;
	}

}

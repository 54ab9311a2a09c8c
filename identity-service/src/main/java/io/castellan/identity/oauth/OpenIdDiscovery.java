package io.castellan.identity.oauth;

import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContext;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.security.oauth2.server.authorization.oidc.OidcProviderConfiguration;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Spring Authorization Server advertises the pushed authorization request and RFC 7591 registration endpoints only
 * in the RFC 8414 document ({@code /.well-known/oauth-authorization-server}); OpenID clients read
 * {@code /.well-known/openid-configuration}, so they are added there too (RFC 9126 section 5, OpenID Connect
 * Discovery section 3 {@code registration_endpoint}).
 */
final class OpenIdDiscovery {

	private OpenIdDiscovery() {
	}

	static void advertise(OidcProviderConfiguration.Builder configuration) {
		AuthorizationServerContext context = AuthorizationServerContextHolder.getContext();
		configuration.pushedAuthorizationRequestEndpoint(
				url(context, context.getAuthorizationServerSettings().getPushedAuthorizationRequestEndpoint()));
		configuration.clientRegistrationEndpoint(
				url(context, context.getAuthorizationServerSettings().getClientRegistrationEndpoint()));
	}

	private static String url(AuthorizationServerContext context, String path) {
		return UriComponentsBuilder.fromUriString(context.getIssuer()).path(path).build().toUriString();
	}

}

package io.castellan.identity.oauth;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.util.StringUtils;

/**
 * Public clients in the device flow (RFC 8628 section 3.1: a TV or CLI has no secret to keep), which Spring
 * Authorization Server leaves to the application: its public-client support covers PKCE token requests only.
 * This follows its reference sample: a device authorization or device-code token request that carries no
 * credentials identifies the client by {@code client_id}, accepted only for clients registered public with the
 * device grant.
 */
final class DeviceClientAuthentication {

	private DeviceClientAuthentication() {
	}

	static AuthenticationConverter converter(String deviceAuthorizationEndpoint) {
		return (request) -> {
			if (!"POST".equals(request.getMethod()) || hasCredentials(request)
					|| !(request.getRequestURI().equals(deviceAuthorizationEndpoint) || AuthorizationGrantType.DEVICE_CODE
						.getValue()
						.equals(request.getParameter(OAuth2ParameterNames.GRANT_TYPE)))) {
				return null;
			}
			String[] clientIds = request.getParameterValues(OAuth2ParameterNames.CLIENT_ID);
			if (clientIds == null || clientIds.length != 1 || !StringUtils.hasText(clientIds[0])) {
				throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_REQUEST);
			}
			return new OAuth2ClientAuthenticationToken(clientIds[0], ClientAuthenticationMethod.NONE, null, null);
		};
	}

	static AuthenticationProvider provider(RegisteredClientRepository clients) {
		return new AuthenticationProvider() {

			@Override
			public Authentication authenticate(Authentication authentication) {
				OAuth2ClientAuthenticationToken token = (OAuth2ClientAuthenticationToken) authentication;
				if (!ClientAuthenticationMethod.NONE.equals(token.getClientAuthenticationMethod())) {
					return null;
				}
				RegisteredClient client = clients.findByClientId((String) token.getPrincipal());
				if (client == null || !client.getAuthorizationGrantTypes().contains(AuthorizationGrantType.DEVICE_CODE)) {
					return null; // not ours: a PKCE request of a public web client, or an unknown client
				}
				if (!client.getClientAuthenticationMethods().contains(ClientAuthenticationMethod.NONE)) {
					throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
				}
				return new OAuth2ClientAuthenticationToken(client, ClientAuthenticationMethod.NONE, null);
			}

			@Override
			public boolean supports(Class<?> authentication) {
				return OAuth2ClientAuthenticationToken.class.isAssignableFrom(authentication);
			}

		};
	}

	private static boolean hasCredentials(HttpServletRequest request) {
		return request.getHeader(HttpHeaders.AUTHORIZATION) != null
				|| request.getParameter(OAuth2ParameterNames.CLIENT_SECRET) != null
				|| request.getParameter(OAuth2ParameterNames.CLIENT_ASSERTION) != null;
	}

}

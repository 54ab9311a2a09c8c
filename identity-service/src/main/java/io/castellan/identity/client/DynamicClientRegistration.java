package io.castellan.identity.client;

import java.time.Clock;
import java.util.List;

import io.castellan.identity.client.command.RegisterOAuthClient;
import io.castellan.identity.client.event.OAuthClientSettings;
import io.castellan.platform.web.ProblemException;
import org.axonframework.commandhandling.gateway.CommandGateway;

import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2ClientRegistrationEndpointConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientRegistrationAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Component;

/**
 * Dynamic client registration (RFC 7591) at {@code /oauth2/register}, on Spring Authorization Server's endpoint and
 * its rules: the caller presents an initial access token whose only scope is {@code client.create} (the bootstrap
 * admin client may ask for one), usable once; the request may not choose scopes, so a registered client can do
 * nothing until an administrator grants it some. What SAS would save in its own store becomes a
 * {@link RegisterOAuthClient} command instead, so the client is an event-sourced aggregate like those of
 * {@code /api/oauth-clients}: the same {@code ClientRules}, the same secret hashing, the same events.
 */
@Component
public final class DynamicClientRegistration {

	/** The scope an initial access token must have, and the only one (SAS's default). */
	public static final String SCOPE = "client.create";

	private final RegisteredClientRepository clients;

	private final OAuth2AuthorizationService authorizations;

	private final CommandGateway commands;

	private final PasswordEncoder encoder;

	private final Clock clock;

	DynamicClientRegistration(RegisteredClientRepository clients, OAuth2AuthorizationService authorizations,
			CommandGateway commands, PasswordEncoder encoder, Clock clock) {
		this.clients = clients;
		this.authorizations = authorizations;
		this.commands = commands;
		this.encoder = encoder;
		this.clock = clock;
	}

	/** Replaces SAS's registration provider by one that registers through the client aggregate. */
	public void configure(OAuth2ClientRegistrationEndpointConfigurer endpoint) {
		OAuth2ClientRegistrationAuthenticationProvider provider = new OAuth2ClientRegistrationAuthenticationProvider(
				new ThroughTheAggregate(), this.authorizations);
		provider.setPasswordEncoder(this.encoder);
		endpoint.authenticationProviders((providers) -> {
			providers.clear();
			providers.add(provider);
		});
	}

	/** SAS's view of the clients, except that saving one sends the registration command. */
	private final class ThroughTheAggregate implements RegisteredClientRepository {

		@Override
		public void save(RegisteredClient client) {
			boolean open = client.getClientAuthenticationMethods().contains(ClientAuthenticationMethod.NONE);
			OAuthClientSettings settings = new OAuthClientSettings(
					(client.getClientName() != null) ? client.getClientName() : client.getClientId(),
					client.getAuthorizationGrantTypes().stream().map(AuthorizationGrantType::getValue).sorted().toList(),
					List.copyOf(client.getRedirectUris()), List.copyOf(client.getPostLogoutRedirectUris()),
					List.copyOf(client.getScopes()), true, 900, 30 * 24 * 3600);
			try {
				// SAS hashed the secret with the PasswordEncoder bean before calling save, as the admin API does.
				DynamicClientRegistration.this.commands.sendAndWait(new RegisterOAuthClient(client.getId(),
						client.getClientId(), null, open ? "public" : "confidential", settings,
						open ? null : client.getClientSecret(), registeredBy(),
						DynamicClientRegistration.this.clock.instant()));
			}
			catch (ProblemException ex) {
				throw new OAuth2AuthenticationException(new OAuth2Error(errorCode(ex.code()), ex.getMessage(),
						"https://datatracker.ietf.org/doc/html/rfc7591#section-3.2.2"));
			}
		}

		@Override
		public RegisteredClient findById(String id) {
			return DynamicClientRegistration.this.clients.findById(id);
		}

		@Override
		public RegisteredClient findByClientId(String clientId) {
			return DynamicClientRegistration.this.clients.findByClientId(clientId);
		}

		/** The initial access token's subject: SAS runs the provider inside the authenticated request. */
		private static String registeredBy() {
			Authentication caller = SecurityContextHolder.getContext().getAuthentication();
			return (caller != null) ? caller.getName() : "dynamic-registration";
		}

		/** RFC 7591 section 3.2.2 codes for the admin API's rule codes. */
		private static String errorCode(String rule) {
			return rule.startsWith("redirect_uri") ? OAuth2ErrorCodes.INVALID_REDIRECT_URI : "invalid_client_metadata";
		}

	}

}

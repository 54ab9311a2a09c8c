package io.castellan.identity.oauth;

import io.castellan.identity.client.DynamicClientRegistration;
import io.castellan.platform.security.ResourceServerSecurityConfiguration;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * identity-service is the platform's OAuth 2.0 / OpenID Connect issuer (Spring Authorization Server). Two filter
 * chains here: the protocol endpoints and the bearer-token API; the browser login chains are in {@code login}.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

	/**
	 * Every protocol endpoint, enabled and advertised in discovery: authorization code + PKCE, client credentials,
	 * refresh (rotating), device authorization (RFC 8628) with its verification page at {@code /activate}, token
	 * exchange (RFC 8693), introspection (RFC 7662), revocation (RFC 7009), userinfo, RP-initiated logout and
	 * pushed authorization requests (RFC 9126) and dynamic client registration (RFC 7591), both off by default in
	 * Spring Authorization Server.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain authorizationServerChain(HttpSecurity http, RegisteredClientRepository clients,
			AuthorizationServerSettings settings, DynamicClientRegistration registration) throws Exception {
		http.oauth2AuthorizationServer((server) -> {
			http.securityMatcher(server.getEndpointsMatcher());
			server.clientAuthentication((authentication) -> authentication
				.authenticationConverter(
						DeviceClientAuthentication.converter(settings.getDeviceAuthorizationEndpoint()))
				.authenticationProvider(DeviceClientAuthentication.provider(clients)));
			server.oidc((oidc) -> oidc.userInfoEndpoint(Customizer.withDefaults())
				.logoutEndpoint(Customizer.withDefaults())
				.providerConfigurationEndpoint((discovery) -> discovery
					.providerConfigurationCustomizer(OpenIdDiscovery::advertise)))
				.pushedAuthorizationRequestEndpoint(Customizer.withDefaults())
				.clientRegistrationEndpoint(registration::configure)
				.tokenEndpoint((token) -> token.accessTokenRequestConverter(new DefaultScopesConverter()))
				.deviceAuthorizationEndpoint((device) -> device.verificationUri("/activate"))
				.deviceVerificationEndpoint((verification) -> verification
					.authenticationProviders(DeviceConsent::alwaysAsk)
					.deviceVerificationResponseHandler(
							(request, response, authentication) -> response.sendRedirect("/activate?success")));
		})
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			// userinfo is called with an access token
			.oauth2ResourceServer((resourceServer) -> resourceServer.jwt(Customizer.withDefaults()))
			.exceptionHandling((exceptions) -> exceptions
				// A registration without its initial access token is an API call: 401, not the login page.
				.defaultAuthenticationEntryPointFor(new BearerTokenAuthenticationEntryPoint(),
						PathPatternRequestMatcher.withDefaults()
							.matcher(HttpMethod.POST, settings.getClientRegistrationEndpoint()))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
						new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiChain(HttpSecurity http, JsonMapper json) throws Exception {
		http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/error");
		ResourceServerSecurityConfiguration.resourceServer(http, json);
		return http.build();
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings(
			@Value("${castellan.issuer:http://localhost:9000}") String issuer) {
		return AuthorizationServerSettings.builder().issuer(issuer).build();
	}

}

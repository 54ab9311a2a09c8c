package io.castellan.identity.oauth;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.castellan.identity.credential.VerifiedSecretCache;
import io.castellan.identity.signingkey.query.SigningKeyCache;
import io.castellan.platform.security.ResourceServerSecurityConfiguration;
import org.axonframework.eventhandling.gateway.EventGateway;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2AccessTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2RefreshTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * identity-service is the platform's OAuth 2.0 / OpenID Connect issuer (Spring Authorization Server). Two filter
 * chains here: the protocol endpoints and the bearer-token API; the browser login chains are in {@code login}.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

	/**
	 * Every protocol endpoint, enabled and advertised in discovery: authorization code + PKCE, client credentials,
	 * refresh (rotating), device authorization (RFC 8628) with its verification page at {@code /activate}, token
	 * exchange (RFC 8693), introspection (RFC 7662), revocation (RFC 7009), userinfo and RP-initiated logout.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain authorizationServerChain(HttpSecurity http, RegisteredClientRepository clients,
			AuthorizationServerSettings settings) throws Exception {
		http.oauth2AuthorizationServer((server) -> {
			http.securityMatcher(server.getEndpointsMatcher());
			server.clientAuthentication((authentication) -> authentication
				.authenticationConverter(
						DeviceClientAuthentication.converter(settings.getDeviceAuthorizationEndpoint()))
				.authenticationProvider(DeviceClientAuthentication.provider(clients)));
			server.oidc((oidc) -> oidc.userInfoEndpoint(Customizer.withDefaults())
				.logoutEndpoint(Customizer.withDefaults()))
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
			.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(
					new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiChain(HttpSecurity http, JsonMapper json) throws Exception {
		http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/error");
		ResourceServerSecurityConfiguration.resourceServer(http, json);
		return http.build();
	}

	/**
	 * Tokens are signed with the active key only (Nimbus refuses to choose among several); the JWKS and token
	 * validation use {@code PublishedSigningKeys}, which also holds the retired keys whose tokens may be alive.
	 */
	@Bean
	JwtEncoder jwtEncoder(SigningKeyCache keys) {
		return new NimbusJwtEncoder((selector, context) -> selector.select(keys.signing()));
	}

	/** The API validates this issuer's tokens locally, against the same keys it signs with. */
	@Bean
	JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource,
			@Value("${castellan.issuer:http://localhost:9000}") String issuer) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(jwkSource).build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
		return decoder;
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings(
			@Value("${castellan.issuer:http://localhost:9000}") String issuer) {
		return AuthorizationServerSettings.builder().issuer(issuer).build();
	}

	/**
	 * Authorizations in SAS's JDBC store, wrapped by refresh-token reuse detection. Clients come from the
	 * event-sourced read model ({@code client} module's OAuthClientRegistrations).
	 */
	@Bean
	OAuth2AuthorizationService authorizationService(JdbcOperations jdbcOperations, JdbcClient jdbc,
			RegisteredClientRepository clients, EventGateway events, PlatformTransactionManager transactionManager,
			Clock clock) {
		return new RefreshTokenReuseDetection(new JdbcOAuth2AuthorizationService(jdbcOperations, clients), jdbc,
				clients, events, new TransactionTemplate(transactionManager), clock);
	}

	@Bean
	OAuth2AuthorizationConsentService authorizationConsentService(JdbcOperations jdbc,
			RegisteredClientRepository clients) {
		return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
	}

	/**
	 * SAS accepts a single JWT customizer bean; this generator applies every one (the login module adds session
	 * and tenant claims) plus the token server's own, so modules add claims without knowing each other.
	 */
	@Bean
	OAuth2TokenGenerator<OAuth2Token> tokenGenerator(JwtEncoder encoder,
			ObjectProvider<OAuth2TokenCustomizer<JwtEncodingContext>> customizers) {
		List<OAuth2TokenCustomizer<JwtEncodingContext>> all = new ArrayList<>();
		all.add(new PlatformTokenClaims());
		customizers.orderedStream().forEach(all::add);
		JwtGenerator jwt = new JwtGenerator(encoder);
		jwt.setJwtCustomizer((context) -> all.forEach((customizer) -> customizer.customize(context)));
		return new DelegatingOAuth2TokenGenerator(jwt, new OAuth2AccessTokenGenerator(),
				new OAuth2RefreshTokenGenerator());
	}

	/**
	 * Argon2id for new secrets with OWASP's minimum profile (19 MiB memory, 2 iterations, parallelism 1, 16-byte
	 * salt, 32-byte hash); the {id} prefix keeps old hashes verifiable when the parameters change.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		// Clients authenticate on every token request: a verified secret is remembered for a few minutes.
		return new VerifiedSecretCache(new DelegatingPasswordEncoder("argon2",
				Map.of("argon2", new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2))), Duration.ofMinutes(10), 10_000);
	}

}

package io.castellan.identity.oauth;

import java.util.Map;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.castellan.identity.signingkey.query.SigningKeyCache;
import io.castellan.platform.security.ResourceServerSecurityConfiguration;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcOperations;
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
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * identity-service is the platform's OAuth 2.0 / OpenID Connect issuer (Spring Authorization Server). Three filter
 * chains: the protocol endpoints and the bearer-token API; the browser login chain is in {@code login}.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
		http.oauth2AuthorizationServer((server) -> {
			http.securityMatcher(server.getEndpointsMatcher());
			server.oidc(Customizer.withDefaults())
				.tokenEndpoint((token) -> token.accessTokenRequestConverter(new DefaultScopesConverter()));
		})
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
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

	/** Clients come from the event-sourced read model ({@code client} module's OAuthClientRegistrations). */
	@Bean
	OAuth2AuthorizationService authorizationService(JdbcOperations jdbc, RegisteredClientRepository clients) {
		return new JdbcOAuth2AuthorizationService(jdbc, clients);
	}

	/**
	 * Argon2id for new secrets with OWASP's minimum profile (19 MiB memory, 2 iterations, parallelism 1, 16-byte
	 * salt, 32-byte hash); the {id} prefix keeps old hashes verifiable when the parameters change.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder("argon2",
				Map.of("argon2", new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2)));
	}

}

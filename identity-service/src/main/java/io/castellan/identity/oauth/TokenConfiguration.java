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
import org.axonframework.eventhandling.gateway.EventGateway;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
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
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2AccessTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2RefreshTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How tokens are made, signed, stored and checked: the encoder and decoder over the event-sourced signing keys,
 * the authorization store with refresh-token reuse detection, the token generator and the secret hashing.
 */
@Configuration(proxyBeanMethods = false)
class TokenConfiguration {

	/**
	 * Tokens are signed with the active key of their algorithm only (Nimbus refuses to choose among several); the
	 * JWKS and token validation use {@code PublishedSigningKeys}, which also holds the retired keys whose tokens may
	 * be alive.
	 */
	@Bean
	JwtEncoder jwtEncoder(SigningKeyCache keys) {
		return new NimbusJwtEncoder((selector, context) -> selector.select(keys.signing()));
	}

	/** The API validates this issuer's tokens locally, against the same keys it signs with. */
	@Bean
	JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource,
			@Value("${castellan.issuer:http://localhost:9000}") String issuer) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(jwkSource)
			.jwsAlgorithms((algorithms) -> algorithms.addAll(
					List.of(SignatureAlgorithm.RS256, SignatureAlgorithm.ES256)))
			.build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
		return decoder;
	}

	/**
	 * Authorizations in SAS's JDBC store, wrapped by refresh-token reuse detection, except client-credentials
	 * tokens, which are not stored ({@link StatelessClientTokens}). Clients come from the
	 * event-sourced read model ({@code client} module's OAuthClientRegistrations).
	 */
	@Bean
	OAuth2AuthorizationService authorizationService(JdbcOperations jdbcOperations, JdbcClient jdbc,
			RegisteredClientRepository clients, EventGateway events, PlatformTransactionManager transactionManager,
			JwtDecoder decoder, Clock clock,
			@Value("${castellan.tokens.revocation-recheck:1s}") Duration revocationRecheck) {
		OAuth2AuthorizationService stored = new RefreshTokenReuseDetection(
				new JdbcOAuth2AuthorizationService(jdbcOperations, clients), jdbc, clients, events,
				new TransactionTemplate(transactionManager), clock);
		return new StatelessClientTokens(stored, decoder, clients, jdbc, clock, revocationRecheck);
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

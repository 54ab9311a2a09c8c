package io.castellan.platform.security;

import java.time.Clock;
import java.time.Duration;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Every service is an OAuth 2.0 resource server: JWTs from the identity-service issuer, checked against its JWKS.
 * Health probes, metrics and API descriptions stay open; everything else needs a valid token.
 */
@AutoConfiguration(beforeName = { "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(name = "castellan.security.resource-server", havingValue = "true", matchIfMissing = true)
public class ResourceServerSecurityConfiguration {

	/** Paths that answer without a token. */
	public static final String[] OPEN_PATHS = { "/actuator/health", "/actuator/health/**", "/actuator/info",
			"/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/error" };

	@Bean
	@ConditionalOnMissingBean(SecurityFilterChain.class)
	SecurityFilterChain resourceServerFilterChain(HttpSecurity http, JsonMapper json) throws Exception {
		return resourceServer(http, json).build();
	}

	/**
	 * Revoked sessions from the identity topic; off with {@code castellan.sessions.revocation-feed=false} (a
	 * service without Kafka).
	 */
	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnProperty(name = "castellan.sessions.revocation-feed", havingValue = "true", matchIfMissing = true)
	RevokedSessions revokedSessions(
			@Value("${spring.kafka.bootstrap-servers:localhost:9092}") String bootstrapServers,
			@Value("${castellan.sessions.revocation-lookback:2h}") Duration lookback) {
		return new RevokedSessions(bootstrapServers, lookback);
	}

	/**
	 * No observation per security filter and authentication: they cost about a fifth of a small request's CPU
	 * (span and timer per filter, tags hashed and sorted), and {@code http.server.requests} already times each
	 * request. {@code castellan.security.observations=true} brings them back for debugging.
	 */
	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnProperty(name = "castellan.security.observations", havingValue = "false", matchIfMissing = true)
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/** The firewall every filter chain uses, with its header checks as loops ({@link FastHeaderChecks}). */
	@Bean
	@ConditionalOnMissingBean(HttpFirewall.class)
	StrictHttpFirewall httpFirewall() {
		return FastHeaderChecks.firewall();
	}

	/**
	 * Wraps the service's JWT decoder (Boot's, or a service's own) in a {@link VerifiedJwtCache}: at most
	 * {@code castellan.security.verified-jwt-cache.maximum-size} tokens (default 10,000; 0 turns it off), each kept
	 * until its expiry or {@code ...maximum-age} (default 5 minutes), whichever is sooner.
	 */
	@Bean
	static BeanPostProcessor verifiedJwtCache(Environment environment) {
		long maximumSize = environment.getProperty("castellan.security.verified-jwt-cache.maximum-size", Long.class,
				10_000L);
		Duration maximumAge = environment.getProperty("castellan.security.verified-jwt-cache.maximum-age",
				Duration.class, Duration.ofMinutes(5));
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (maximumSize > 0 && bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedJwtCache)) {
					return new VerifiedJwtCache(decoder, maximumSize, maximumAge, Clock.systemUTC());
				}
				return bean;
			}
		};
	}

	/**
	 * Configures a chain as a bearer-token API: open paths, JWT authentication, problem+json 401s, no sessions, and
	 * tokens of revoked sessions refused.
	 * Services with chains of their own (identity-service) apply it to their API chain.
	 */
	public static HttpSecurity resourceServer(HttpSecurity http, JsonMapper json) throws Exception {
		ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(json);
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(OPEN_PATHS)
			.permitAll()
			.anyRequest()
			.authenticated())
			.oauth2ResourceServer((oauth2) -> oauth2.jwt(Customizer.withDefaults()).authenticationEntryPoint(entryPoint))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint))
			.addFilterAfter(new RevokedSessionFilter(
					http.getSharedObject(ApplicationContext.class).getBeanProvider(RevokedSessions.class), entryPoint),
					BearerTokenAuthenticationFilter.class)
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable());
		return http;
	}

}

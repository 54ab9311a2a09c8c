package io.castellan.gateway.config;

import java.time.Clock;
import java.util.List;

import io.castellan.gateway.security.DPoPAuthenticationManager;
import io.castellan.gateway.security.DPoPProofVerifier;
import io.castellan.gateway.security.DPoPTokenConverter;
import io.castellan.gateway.security.ProblemAuthenticationEntryPoint;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.util.StringUtils;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * The gateway is an OAuth 2.0 resource server for {@code /api/**}: a request there needs a JWT from the
 * platform's issuer, checked against its JWKS, and is forwarded with its {@code Authorization} header (the
 * services check it again). A DPoP-bound token (RFC 9449) comes as {@code Authorization: DPoP} with a
 * {@code DPoP} proof; both are checked here and forwarded unchanged, for the service to check again. Everything
 * else it routes (OAuth endpoints, discovery, login, API descriptions) and its health and metrics are open.
 * Stateless: no session, no saved request. Login, logout and CSRF belong to identity-service, so the gateway's own
 * are off and {@code /logout} passes through. Spring Security's default security headers apply to every answer.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

	/** identity-service endpoints that exist to be called without a token: login, key exchange, signup. */
	static final String[] PUBLIC_API = { "/api/login", "/api/api-keys/token", "/api/signup", "/api/signup/**",
			"/api/password-resets", "/api/password-resets/confirm", "/api/invites/accept" };

	@Bean
	SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ReactiveJwtDecoder jwtDecoder,
			GatewaySettings settings) {
		ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint();
		GatewaySettings.Dpop dpop = settings.dpop();
		DPoPAuthenticationManager tokens = new DPoPAuthenticationManager(new JwtReactiveAuthenticationManager(jwtDecoder),
				new DPoPProofVerifier(dpop.proofWindow(), dpop.replayCacheSize(), dpop.proofsPerKey(),
						Clock.systemUTC()));
		return http.authorizeExchange((exchanges) -> exchanges.pathMatchers(PUBLIC_API)
			.permitAll()
			.pathMatchers("/api/**")
			.authenticated()
			.anyExchange()
			.permitAll())
			.oauth2ResourceServer((oauth2) -> oauth2.bearerTokenConverter(new DPoPTokenConverter())
				.authenticationManagerResolver((exchange) -> Mono.just(tokens))
				.authenticationEntryPoint(entryPoint))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint))
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.cors(Customizer.withDefaults())
			.headers(Customizer.withDefaults())
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.build();
	}

	/** Cross-origin rules for browser clients; with no allowed origin, cross-origin requests are refused. */
	@Bean
	CorsConfigurationSource corsConfigurationSource(GatewaySettings settings) {
		GatewaySettings.Cors cors = settings.cors();
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		// An unset environment variable binds as one blank entry.
		List<String> origins = cors.allowedOrigins().stream().filter(StringUtils::hasText).map(String::strip).toList();
		if (!origins.isEmpty()) {
			CorsConfiguration configuration = new CorsConfiguration();
			configuration.setAllowedOriginPatterns(origins);
			configuration.setAllowedMethods(cors.allowedMethods());
			configuration.setAllowedHeaders(cors.allowedHeaders());
			configuration.setExposedHeaders(cors.exposedHeaders());
			configuration.setAllowCredentials(cors.allowCredentials());
			configuration.setMaxAge(cors.maxAge());
			source.registerCorsConfiguration("/**", configuration);
		}
		return source;
	}

}

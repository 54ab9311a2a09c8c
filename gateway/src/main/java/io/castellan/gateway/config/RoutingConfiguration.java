package io.castellan.gateway.config;

import java.util.HashMap;
import java.util.Map;

import io.castellan.gateway.routing.Upstream;
import io.castellan.gateway.routing.UpstreamRoutes;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The routes, one per service, each behind a circuit breaker and time limit of its own. The Resilience4j
 * registries are declared here because the Spring Boot integration that would declare them
 * ({@code resilience4j-spring-boot3}) does not start on Boot 4; Spring Cloud's reactive circuit breaker factory
 * is built from them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GatewaySettings.class)
class RoutingConfiguration {

	@Bean
	RouteLocator castellanRoutes(RouteLocatorBuilder builder, GatewaySettings settings,
			ReactiveCircuitBreakerFactory<?, ?> breakers) {
		return UpstreamRoutes.build(builder, settings::uri, settings::timeout, breakers);
	}

	@Bean
	CircuitBreakerRegistry circuitBreakerRegistry(GatewaySettings settings) {
		GatewaySettings.Breaker breaker = settings.circuitBreaker();
		return CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
			.failureRateThreshold(breaker.failureRateThreshold())
			.slidingWindowSize(breaker.slidingWindowSize())
			.minimumNumberOfCalls(breaker.minimumNumberOfCalls())
			.waitDurationInOpenState(breaker.waitInOpenState())
			.build());
	}

	/**
	 * A time limit per service (Resilience4j's default of 1 s is too short: a cold first call took about 2 s).
	 * The breaker is looked up by the route id, so the limit named after it applies.
	 */
	@Bean
	TimeLimiterRegistry timeLimiterRegistry(GatewaySettings settings) {
		Map<String, TimeLimiterConfig> configs = new HashMap<>();
		configs.put("default", TimeLimiterConfig.custom().timeoutDuration(settings.timeout()).build());
		for (Upstream upstream : Upstream.values()) {
			configs.put(upstream.id(), TimeLimiterConfig.custom().timeoutDuration(settings.timeout(upstream)).build());
		}
		return TimeLimiterRegistry.of(configs);
	}

}

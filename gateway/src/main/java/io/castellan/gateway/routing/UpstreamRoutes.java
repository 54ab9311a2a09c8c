package io.castellan.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.function.Function;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;

/** Builds one route per {@link Upstream}: its paths, to its base URL, behind its circuit breaker. */
public final class UpstreamRoutes {

	private UpstreamRoutes() {
	}

	/**
	 * @param uris the base URL of each service
	 * @param timeouts the time limit of each service (already set on its breaker; used in error details)
	 */
	public static RouteLocator build(RouteLocatorBuilder builder, Function<Upstream, URI> uris,
			Function<Upstream, Duration> timeouts, ReactiveCircuitBreakerFactory<?, ?> breakers) {
		RouteLocatorBuilder.Builder routes = builder.routes();
		for (Upstream upstream : Upstream.values()) {
			CircuitBreakerGatewayFilter guard = new CircuitBreakerGatewayFilter(upstream,
					breakers.create(upstream.id()), timeouts.apply(upstream));
			routes.route(upstream.id(), (route) -> route.path(upstream.paths().toArray(String[]::new))
				.filters((filters) -> filters.filter(guard))
				.uri(uris.apply(upstream)));
		}
		return routes.build();
	}

}

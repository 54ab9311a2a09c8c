package io.castellan.gateway.routing;

import java.time.Duration;

import reactor.core.publisher.Mono;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.web.server.ServerWebExchange;

/**
 * Guards one route with its circuit breaker and time limit. It wraps the call up to the upstream's response
 * headers (the response body is streamed outside it, so a long download or event stream is not cut off), and turns
 * any failure into an {@link UpstreamUnavailableException}, answered as 503 problem+json.
 * <p>
 * Unlike Spring Cloud Gateway's {@code CircuitBreaker} filter with a fallback URI, this does not buffer every
 * request body for a possible replay to the fallback.
 */
final class CircuitBreakerGatewayFilter implements GatewayFilter {

	private final Upstream upstream;

	private final ReactiveCircuitBreaker breaker;

	private final Duration timeout;

	CircuitBreakerGatewayFilter(Upstream upstream, ReactiveCircuitBreaker breaker, Duration timeout) {
		this.upstream = upstream;
		this.breaker = breaker;
		this.timeout = timeout;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		return this.breaker.run(chain.filter(exchange),
				(failure) -> Mono.error(new UpstreamUnavailableException(this.upstream, this.timeout, failure)));
	}

	@Override
	public String toString() {
		return "CircuitBreakerGatewayFilter[" + this.upstream.id() + ", " + this.timeout + "]";
	}

}

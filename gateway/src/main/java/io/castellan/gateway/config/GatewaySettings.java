package io.castellan.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.castellan.gateway.routing.Upstream;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code castellan.gateway.*}: where each service runs, how long the gateway waits for it, when its circuit
 * opens, which browser origins may call the API, and how DPoP proofs are checked.
 * @param upstreams by {@link Upstream#id()}: the base URL and, optionally, a time limit of its own
 * @param timeout the time limit of a service without one of its own, up to its response headers
 */
@ConfigurationProperties("castellan.gateway")
public record GatewaySettings(Map<String, Service> upstreams, @DefaultValue("10s") Duration timeout,
		@DefaultValue Breaker circuitBreaker, @DefaultValue Cors cors, @DefaultValue Dpop dpop) {

	/** The base URL of a service. */
	public URI uri(Upstream upstream) {
		return service(upstream).uri();
	}

	/** The time limit of a service. */
	public Duration timeout(Upstream upstream) {
		Duration own = service(upstream).timeout();
		return (own != null) ? own : this.timeout;
	}

	private Service service(Upstream upstream) {
		Service service = (this.upstreams != null) ? this.upstreams.get(upstream.id()) : null;
		if (service == null || service.uri() == null) {
			throw new IllegalStateException("castellan.gateway.upstreams." + upstream.id() + ".uri is not set");
		}
		return service;
	}

	/** @param timeout overrides the gateway-wide time limit for this service */
	public record Service(URI uri, Duration timeout) {
	}

	/**
	 * Per service: the circuit opens when at least {@code failureRateThreshold} percent of the last
	 * {@code slidingWindowSize} calls failed (counted after {@code minimumNumberOfCalls}), and lets trial calls
	 * through after {@code waitInOpenState}.
	 */
	public record Breaker(@DefaultValue("50") float failureRateThreshold, @DefaultValue("20") int slidingWindowSize,
			@DefaultValue("10") int minimumNumberOfCalls, @DefaultValue("10s") Duration waitInOpenState) {
	}

	/**
	 * Cross-origin access for browser clients on other origins; none when {@code allowedOrigins} is empty.
	 * @param allowedOrigins exact origins or patterns such as {@code https://*.example.com}
	 */
	public record Cors(@DefaultValue({}) List<String> allowedOrigins,
			@DefaultValue({ "GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS" }) List<String> allowedMethods,
			@DefaultValue({ "Authorization", "DPoP", "Content-Type", "X-Request-Id", "traceparent",
					"Castellan-Consistency-Token" }) List<String> allowedHeaders,
			@DefaultValue({ "X-Request-Id", "traceparent", "Castellan-Consistency-Token", "Location",
					"Retry-After", "WWW-Authenticate" }) List<String> exposedHeaders,
			@DefaultValue("false") boolean allowCredentials, @DefaultValue("1h") Duration maxAge) {
	}

	/**
	 * DPoP proofs (RFC 9449): accepted while their {@code iat} is within {@code proofWindow} of the gateway's clock,
	 * either way; their {@code jti}s are kept that long, at most {@code replayCacheSize} of them and
	 * {@code proofsPerKey} per proof key, and beyond that new proofs are refused.
	 */
	public record Dpop(@DefaultValue("30s") Duration proofWindow, @DefaultValue("100000") int replayCacheSize,
			@DefaultValue("10000") int proofsPerKey) {
	}

}

package io.castellan.gateway.routing;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;

/** A service could not answer a routed request: unreachable, too slow, or paused by its circuit breaker. */
public final class UpstreamUnavailableException extends RuntimeException {

	private final Upstream upstream;

	UpstreamUnavailableException(Upstream upstream, Duration timeout, Throwable cause) {
		super(describe(upstream, timeout, cause), cause);
		this.upstream = upstream;
	}

	public Upstream upstream() {
		return this.upstream;
	}

	private static String describe(Upstream upstream, Duration timeout, Throwable cause) {
		String service = "The " + upstream.id() + " service";
		return switch (cause) {
			case TimeoutException timedOut -> service + " did not answer within " + timeout.toMillis() + " ms.";
			case CallNotPermittedException open -> service + " failed repeatedly; calls to it are paused for a moment.";
			default -> service + " is not reachable.";
		};
	}

}

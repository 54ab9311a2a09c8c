package io.castellan.gateway.web;

import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Gives every request an {@code X-Request-Id} (the client's, when it is a safe token) and a W3C
 * <a href="https://www.w3.org/TR/trace-context/#traceparent-header">traceparent</a> (the client's, when valid),
 * forwards both upstream and echoes both in the response, errors and 401s included: the services log and publish
 * them, so one id follows a request through HTTP and Kafka.
 */
public final class RequestContextWebFilter implements WebFilter, Ordered {

	public static final String REQUEST_ID = "X-Request-Id";

	public static final String TRACEPARENT = "traceparent";

	private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,128}");

	/** Version 00: trace id and parent id must not be all zeros. */
	private static final Pattern TRACEPARENT_FORMAT = Pattern
		.compile("00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}");

	@Override
	public int getOrder() {
		// Ahead of security, so that 401 answers carry the ids too.
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		HttpHeaders headers = exchange.getRequest().getHeaders();
		String requestId = keepIfMatches(headers.getFirst(REQUEST_ID), SAFE_ID, UUID.randomUUID().toString());
		String traceparent = keepIfMatches(headers.getFirst(TRACEPARENT), TRACEPARENT_FORMAT, newTraceparent());
		ServerHttpRequest request = exchange.getRequest().mutate().headers((forwarded) -> {
			forwarded.set(REQUEST_ID, requestId);
			forwarded.set(TRACEPARENT, traceparent);
		}).build();
		// Set at commit, replacing what an upstream echoed, so the client sees each header once.
		exchange.getResponse().beforeCommit(() -> {
			exchange.getResponse().getHeaders().set(REQUEST_ID, requestId);
			exchange.getResponse().getHeaders().set(TRACEPARENT, traceparent);
			return Mono.empty();
		});
		return chain.filter(exchange.mutate().request(request).build());
	}

	private static String keepIfMatches(String given, Pattern format, String otherwise) {
		return (given != null && format.matcher(given).matches()) ? given : otherwise;
	}

	/** A new trace, sampled, so the services' tracers record the requests the gateway starts. */
	private static String newTraceparent() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		HexFormat hex = HexFormat.of();
		String traceId = hex.toHexDigits(random.nextLong() | 1L) + hex.toHexDigits(random.nextLong());
		String parentId = hex.toHexDigits(random.nextLong() | 1L);
		return "00-" + traceId + "-" + parentId + "-01";
	}

}

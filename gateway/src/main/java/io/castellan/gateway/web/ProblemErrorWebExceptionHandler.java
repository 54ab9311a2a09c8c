package io.castellan.gateway.web;

import io.castellan.gateway.routing.UpstreamUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * The gateway's own failures as problem+json instead of Boot's default error JSON: an unavailable service (503
 * {@code upstream_unavailable}, with {@code Retry-After}), a path no service answers (404 {@code not_found}),
 * and the framework's other 4xx; anything unexpected is 500 {@code internal_error} without internals. Answers of
 * the services themselves pass through untouched.
 */
public final class ProblemErrorWebExceptionHandler implements ErrorWebExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ProblemErrorWebExceptionHandler.class);

	private static final String RETRY_AFTER_SECONDS = "5";

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			// Part of an upstream answer is already on its way; nothing sensible can be added to it.
			return Mono.error(ex);
		}
		// Whatever an upstream had started to answer no longer describes this body.
		response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
		response.getHeaders().remove(HttpHeaders.CONTENT_ENCODING);
		response.getHeaders().remove(HttpHeaders.TRANSFER_ENCODING);
		if (ex instanceof UpstreamUnavailableException unavailable) {
			logger.warn("{} {}: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
					unavailable.getMessage());
			response.getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
			return Problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, "upstream_unavailable",
					unavailable.getMessage() + " Retry shortly.");
		}
		if (ex instanceof ResponseStatusException status && status.getStatusCode().is4xxClientError()) {
			return Problems.write(response, HttpStatus.valueOf(status.getStatusCode().value()),
					code(status.getStatusCode()), detail(status));
		}
		logger.error("Unexpected failure on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
				ex);
		return Problems.write(response, HttpStatus.INTERNAL_SERVER_ERROR, "internal_error",
				"Something went wrong in the gateway; the request id identifies it in our logs.");
	}

	private static String code(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> "malformed_request";
			case 404 -> "not_found";
			case 405 -> "method_not_allowed";
			case 406 -> "not_acceptable";
			case 413 -> "payload_too_large";
			case 415 -> "unsupported_media_type";
			default -> "http_" + status.value();
		};
	}

	private static String detail(ResponseStatusException ex) {
		return (ex.getStatusCode().value() == 404) ? "No Castellan API answers at this path."
				: (ex.getReason() != null) ? ex.getReason() : HttpStatus.valueOf(ex.getStatusCode().value()).getReasonPhrase();
	}

}

package io.castellan.gateway.web;

import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;

/**
 * Writes the gateway's own answers as RFC 9457 {@code application/problem+json} with a stable {@code code}, the
 * shape every Castellan service answers with ({@code type}, {@code title}, {@code status}, {@code detail},
 * {@code code}).
 */
public final class Problems {

	/** Base of the {@code type} URIs; each code has its own page in the docs. */
	public static final String TYPE_BASE = "https://castellan.io/problems/";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Problems() {
	}

	public static Mono<Void> write(ServerHttpResponse response, HttpStatus status, String code, String detail) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", TYPE_BASE + code);
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("code", code);
		byte[] body = JSON.writeValueAsBytes(problem);
		response.setStatusCode(status);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		response.getHeaders().setContentLength(body.length);
		return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
	}

}

package io.castellan.gateway.security;

import io.castellan.gateway.web.Problems;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.server.BearerTokenServerAuthenticationEntryPoint;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;

/**
 * 401 answers keep the RFC 6750 {@code WWW-Authenticate} header Spring Security computes and gain a problem+json
 * body with a stable code, {@code token_missing} or {@code token_invalid}, as every Castellan service answers.
 */
public final class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

	private final BearerTokenServerAuthenticationEntryPoint bearer = new BearerTokenServerAuthenticationEntryPoint();

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
		boolean presented = exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
		String code = presented ? "token_invalid" : "token_missing";
		String detail = presented ? "The bearer token is invalid, expired or not issued by this platform."
				: "This endpoint needs a bearer token (OAuth 2.0, RFC 6750).";
		// The bearer entry point sets the header and status, then completes the response; keep it from completing
		// so the body can follow.
		ServerWebExchange headersOnly = exchange.mutate()
			.response(new ServerHttpResponseDecorator(exchange.getResponse()) {

				@Override
				public Mono<Void> setComplete() {
					return Mono.empty();
				}

			})
			.build();
		return this.bearer.commence(headersOnly, ex)
			.then(Mono.defer(() -> Problems.write(exchange.getResponse(), HttpStatus.UNAUTHORIZED, code, detail)));
	}

}

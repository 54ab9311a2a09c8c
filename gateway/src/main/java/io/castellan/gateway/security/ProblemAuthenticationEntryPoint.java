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
 * DPoP refusals answer with a {@code DPoP} challenge instead (RFC 9449 section 7.1) and, for a bad proof, the code
 * {@code dpop_proof_invalid}.
 */
public final class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

	/** The proof algorithms {@link DPoPProofVerifier} accepts, advertised in the challenge. */
	private static final String DPOP_ALGORITHMS = "ES256 ES384 ES512 RS256 RS384 RS512 PS256 PS384 PS512";

	private final BearerTokenServerAuthenticationEntryPoint bearer = new BearerTokenServerAuthenticationEntryPoint();

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
		if (ex instanceof DPoPAuthenticationException dpop) {
			return commenceDPoP(exchange, dpop);
		}
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

	private Mono<Void> commenceDPoP(ServerWebExchange exchange, DPoPAuthenticationException ex) {
		String reason = ex.getError().getDescription().replace('"', '\'').replace('\\', '/');
		exchange.getResponse()
			.getHeaders()
			.set(HttpHeaders.WWW_AUTHENTICATE, "DPoP error=\"" + ex.getError().getErrorCode() + "\", error_description=\""
					+ reason + "\", algs=\"" + DPOP_ALGORITHMS + "\"");
		String code = ex.isProofError() ? "dpop_proof_invalid" : "token_invalid";
		String detail = (ex.isProofError() ? "The DPoP proof is not valid for this request and token: "
				: "The access token is not acceptable: ") + reason;
		return Problems.write(exchange.getResponse(), HttpStatus.UNAUTHORIZED, code, detail);
	}

}

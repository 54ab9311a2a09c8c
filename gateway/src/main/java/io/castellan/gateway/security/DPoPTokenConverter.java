package io.castellan.gateway.security;

import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.DPoPAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Reads {@code Authorization: DPoP <token>} with its {@code DPoP} proof header (RFC 9449 section 7.1) into a
 * {@link DPoPAuthenticationToken} naming the request's method and URL; anything else is left to Spring Security's
 * bearer token converter, so bearer tokens are read as before.
 */
public final class DPoPTokenConverter implements ServerAuthenticationConverter {

	static final String PROOF_HEADER = "DPoP";

	/** The scheme is case-insensitive (RFC 9110 section 11.1); the token is a token68, as a bearer token. */
	private static final Pattern DPOP_AUTHORIZATION = Pattern.compile("^DPoP (?<token>[a-zA-Z0-9-._~+/]+=*)$",
			Pattern.CASE_INSENSITIVE);

	private final ServerAuthenticationConverter bearer = new ServerBearerTokenAuthenticationConverter();

	@Override
	public Mono<Authentication> convert(ServerWebExchange exchange) {
		ServerHttpRequest request = exchange.getRequest();
		String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		if (authorization == null || !authorization.regionMatches(true, 0, "DPoP ", 0, 5)) {
			return this.bearer.convert(exchange);
		}
		return Mono.fromCallable(() -> read(request, authorization));
	}

	private static Authentication read(ServerHttpRequest request, String authorization) {
		Matcher matcher = DPOP_AUTHORIZATION.matcher(authorization);
		if (!matcher.matches()) {
			throw DPoPAuthenticationException.invalidToken("The DPoP access token is malformed.", null);
		}
		List<String> proofs = request.getHeaders().getOrEmpty(PROOF_HEADER);
		// RFC 9449 section 4.3, check 1: exactly one proof.
		if (proofs.size() != 1 || proofs.getFirst().isBlank()) {
			throw DPoPAuthenticationException.invalidProof("Exactly one DPoP proof header is required.", null);
		}
		return new DPoPAuthenticationToken(matcher.group("token"), proofs.getFirst(), request.getMethod().name(),
				targetUri(request.getURI()));
	}

	/**
	 * The URL the client called, without query and fragment (RFC 9449 section 4.3, check 9). Reactor Netty builds it
	 * from the {@code Host} header; behind a proxy, {@code server.forward-headers-strategy} makes it the client's.
	 */
	static String targetUri(URI uri) {
		return UriComponentsBuilder.fromUri(uri).replaceQuery(null).fragment(null).build().toUriString();
	}

}

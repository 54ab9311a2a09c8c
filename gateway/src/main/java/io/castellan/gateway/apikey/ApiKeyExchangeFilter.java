package io.castellan.gateway.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.castellan.gateway.config.GatewaySettings;
import io.castellan.gateway.routing.Upstream;
import io.castellan.gateway.web.Problems;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Callers may send an API key itself ({@code Authorization: Bearer cst_...}). The gateway exchanges it at
 * identity-service for a short-lived access token and forwards that instead, so services only ever validate
 * tokens. Tokens are cached (by a hash of the key, never the key) until shortly before they expire; a revoked
 * key therefore works at most that long after revocation (5 minutes by default, less the margin).
 */
@Component
class ApiKeyExchangeFilter implements WebFilter, Ordered {

	private static final String PREFIX = "Bearer cst_";

	private static final Duration MARGIN = Duration.ofSeconds(30);

	private final WebClient identity;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	private final Clock clock = Clock.systemUTC();

	ApiKeyExchangeFilter(GatewaySettings settings) {
		this.identity = WebClient.builder().baseUrl(settings.uri(Upstream.IDENTITY).toString()).build();
	}

	/** Before Spring Security's filter chain, which must see the exchanged token. */
	@Override
	public int getOrder() {
		return -200;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		if (authorization == null || !authorization.startsWith(PREFIX)
				|| !exchange.getRequest().getPath().value().startsWith("/api/")) {
			return chain.filter(exchange);
		}
		String key = sha256(authorization);
		Cached cached = this.cache.get(key);
		Mono<String> token = (cached != null && cached.validUntil().isAfter(this.clock.instant()))
				? Mono.just(cached.token()) : exchangeKey(authorization, key);
		return token.flatMap((value) -> chain.filter(exchange.mutate()
			.request((request) -> request.headers((headers) -> headers.setBearerAuth(value)))
			.build()))
			.onErrorResume(Refused.class, (refused) -> {
				exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
				return Problems.write(exchange.getResponse(), refused.status, refused.code, refused.detail);
			});
	}

	private Mono<String> exchangeKey(String authorization, String cacheKey) {
		return this.identity.post()
			.uri("/api/api-keys/token")
			.header(HttpHeaders.AUTHORIZATION, authorization)
			.exchangeToMono((response) -> response.bodyToMono(String.class).defaultIfEmpty("{}").flatMap((body) -> {
				JsonNode answer = this.json.readTree(body);
				if (response.statusCode().is2xxSuccessful()) {
					String token = answer.get("access_token").asString();
					Duration ttl = Duration.ofSeconds(answer.get("expires_in").asLong());
					this.cache.put(cacheKey, new Cached(token, this.clock.instant().plus(ttl).minus(MARGIN)));
					pruneExpired();
					return Mono.just(token);
				}
				HttpStatus status = HttpStatus.resolve(response.statusCode().value());
				return Mono.error(new Refused(
						(status != null && status.is4xxClientError()) ? status : HttpStatus.UNAUTHORIZED,
						answer.path("code").asString("api_key_invalid"),
						answer.path("detail").asString("The API key is not valid.")));
			}));
	}

	private void pruneExpired() {
		if (this.cache.size() > 10_000) {
			Instant now = this.clock.instant();
			this.cache.values().removeIf((cached) -> cached.validUntil().isBefore(now));
		}
	}

	private static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Cached(String token, Instant validUntil) {
	}

	private static final class Refused extends RuntimeException {

		private final HttpStatus status;

		private final String code;

		private final String detail;

		Refused(HttpStatus status, String code, String detail) {
			super(code, null, false, false);
			this.status = status;
			this.code = code;
			this.detail = detail;
		}

	}

}

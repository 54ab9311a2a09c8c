package io.castellan.gateway.routing;

import java.net.URI;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Tells the services the URL the client called: {@code X-Forwarded-Proto}, {@code -Host} and {@code -Port} of the
 * gateway's own request. Services build absolute redirects from them and check a DPoP proof's {@code htu}
 * (RFC 9449) against them. Spring Cloud Gateway adds them only for clients in {@code trusted-proxies}, and the
 * gateway's clients are not proxies; its {@code RemoveXForwardedHeadersFilter} (order 0) drops whatever a client
 * sent, so these are set after it and always the gateway's.
 */
@Component
class ForwardedUrlHeadersFilter implements HttpHeadersFilter, Ordered {

	@Override
	public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
		URI uri = exchange.getRequest().getURI();
		HttpHeaders headers = new HttpHeaders();
		headers.putAll(input);
		String scheme = uri.getScheme();
		int port = (uri.getPort() != -1) ? uri.getPort() : ("https".equalsIgnoreCase(scheme) ? 443 : 80);
		headers.set("X-Forwarded-Proto", scheme);
		headers.set("X-Forwarded-Host", (uri.getPort() != -1) ? uri.getHost() + ":" + port : uri.getHost());
		headers.set("X-Forwarded-Port", Integer.toString(port));
		return headers;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}

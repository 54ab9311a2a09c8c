package io.castellan.platform.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Carries the request id ({@code X-Request-Id}, made up when absent or malformed) and the W3C trace context
 * ({@code traceparent}) of each request into the logging context, so that commands, events and the Kafka records
 * they become carry them on. The request id is echoed in the response.
 */
public class RequestContextFilter extends OncePerRequestFilter {

	public static final String REQUEST_ID_HEADER = "X-Request-Id";

	public static final String TRACEPARENT_HEADER = "traceparent";

	/** MDC keys. */
	public static final String REQUEST_ID = "requestId";

	public static final String TRACEPARENT = "traceparent";

	private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,128}");

	private static final Pattern TRACEPARENT_FORMAT = Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String requestId = request.getHeader(REQUEST_ID_HEADER);
		if (requestId == null || !SAFE_ID.matcher(requestId).matches()) {
			requestId = UUID.randomUUID().toString();
		}
		String traceparent = request.getHeader(TRACEPARENT_HEADER);
		MDC.put(REQUEST_ID, requestId);
		if (traceparent != null && TRACEPARENT_FORMAT.matcher(traceparent).matches()) {
			MDC.put(TRACEPARENT, traceparent);
		}
		response.setHeader(REQUEST_ID_HEADER, requestId);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(REQUEST_ID);
			MDC.remove(TRACEPARENT);
		}
	}

}

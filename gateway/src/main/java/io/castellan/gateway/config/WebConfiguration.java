package io.castellan.gateway.config;

import io.castellan.gateway.web.ProblemErrorWebExceptionHandler;
import io.castellan.gateway.web.RequestContextWebFilter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** Request ids and trace context on every request, problem+json for the gateway's own errors. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	@Bean
	RequestContextWebFilter requestContextWebFilter() {
		return new RequestContextWebFilter();
	}

	/** Ahead of Boot's default handler (order -1). */
	@Bean
	@Order(-2)
	ProblemErrorWebExceptionHandler problemErrorWebExceptionHandler() {
		return new ProblemErrorWebExceptionHandler();
	}

}

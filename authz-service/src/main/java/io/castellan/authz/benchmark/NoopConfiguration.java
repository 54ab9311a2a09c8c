package io.castellan.authz.benchmark;

import io.grpc.BindableService;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The gRPC no-op, only when a benchmark asks for it; the REST one is conditional the same way. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("castellan.benchmark.noop.enabled")
class NoopConfiguration {

	@Bean
	BindableService noopGrpcService() {
		return new NoopGrpcService();
	}

}

package io.castellan.authz.grpc;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadFactory;

import io.castellan.authz.grpc.v1.AuthzBenchmarkGrpc;
import io.castellan.authz.grpc.v1.AuthzGrpc;
import io.castellan.authz.index.PermissionIndex;
import io.castellan.platform.consistency.ConsumedPositions;
import io.castellan.platform.security.RevokedSessions;
import io.grpc.BindableService;
import io.grpc.ServerBuilder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.grpc.server.GlobalServerInterceptor;
import org.springframework.grpc.server.ServerBuilderCustomizer;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The gRPC API: Spring gRPC serves every {@link BindableService} bean on {@code spring.grpc.server.port}
 * ({@code AUTHZ_GRPC_PORT}, default 9083). Authentication is ours ({@link BearerTokens}), not Spring gRPC's security
 * auto-configuration (excluded in application.yml), so both APIs answer with the same problem codes.
 */
@Configuration(proxyBeanMethods = false)
class GrpcConfiguration {

	@Bean
	@GlobalServerInterceptor
	@Order(Ordered.HIGHEST_PRECEDENCE)
	BearerTokens grpcBearerTokens(JwtDecoder decoder, ObjectProvider<RevokedSessions> revokedSessions) {
		return new BearerTokens(decoder, revokedSessions);
	}

	/** Checks, explanations and the benchmark's no-op run on the event loop; listings and bulk checks do not. */
	@Bean
	<T extends ServerBuilder<T>> ServerBuilderCustomizer<T> grpcDecisionExecutors() {
		Set<String> direct = Set.of(AuthzGrpc.getCheckMethod().getFullMethodName(),
				AuthzGrpc.getExplainMethod().getFullMethodName(),
				AuthzBenchmarkGrpc.getNoopMethod().getFullMethodName());
		return (builder) -> builder.callExecutor(new DecisionCallExecutors(direct));
	}

	@Bean
	BindableService authzGrpcService(PermissionIndex index, ConsumedPositions positions,
			@Value("${castellan.consistency.read-timeout:5s}") Duration readTimeout) {
		// Direct calls that must wait for a consistency token wait on a virtual thread each: nothing to pool or close.
		ThreadFactory tokenWaits = Thread.ofVirtual().name("grpc-token-wait-", 0).factory();
		return new AuthzService(index, new Askers(index, positions, readTimeout),
				(work) -> tokenWaits.newThread(work).start());
	}

}

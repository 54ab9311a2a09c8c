package io.castellan.authz.grpc;

import java.time.Duration;

import io.castellan.authz.index.PermissionIndex;
import io.castellan.platform.consistency.ConsumedPositions;
import io.castellan.platform.security.RevokedSessions;
import io.grpc.BindableService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.grpc.server.GlobalServerInterceptor;
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

	@Bean
	BindableService authzGrpcService(PermissionIndex index, ConsumedPositions positions,
			@Value("${castellan.consistency.read-timeout:5s}") Duration readTimeout) {
		return new AuthzService(index, new Askers(index, positions, readTimeout));
	}

}

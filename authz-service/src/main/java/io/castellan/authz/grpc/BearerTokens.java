package io.castellan.authz.grpc;

import java.util.Set;

import io.castellan.platform.security.Caller;
import io.castellan.platform.security.RevokedSessions;
import io.castellan.platform.web.ProblemException;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.util.function.SingletonSupplier;

/**
 * Authenticates every gRPC call as the REST API's resource-server chain does: an OAuth 2.0 bearer token (RFC 6750)
 * in the {@code authorization} metadata, decoded and validated by the service's {@link JwtDecoder}, refused when its
 * session was revoked. The caller and any consistency token in the metadata travel on in the gRPC {@link Context}.
 * Health and reflection stay open, like the actuator's health and the API descriptions over HTTP.
 */
final class BearerTokens implements ServerInterceptor {

	static final Context.Key<Caller> CALLER = Context.key("castellan-caller");

	/** The {@code castellan-consistency-token} metadata, as REST's header; combined with the request's field. */
	static final Context.Key<String> CONSISTENCY_TOKEN = Context.key("castellan-consistency-token");

	private static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization",
			Metadata.ASCII_STRING_MARSHALLER);

	private static final Metadata.Key<String> TOKEN_METADATA = Metadata.Key.of("castellan-consistency-token",
			Metadata.ASCII_STRING_MARSHALLER);

	private static final Set<String> OPEN_SERVICES = Set.of("grpc.health.v1.Health",
			"grpc.reflection.v1.ServerReflection", "grpc.reflection.v1alpha.ServerReflection");

	private final JwtDecoder decoder;

	/** Looked up once: asking the bean factory on every request cost a few percent of a small call. */
	private final SingletonSupplier<RevokedSessions> revokedSessions;

	BearerTokens(JwtDecoder decoder, ObjectProvider<RevokedSessions> revokedSessions) {
		this.decoder = decoder;
		this.revokedSessions = SingletonSupplier.of(revokedSessions::getIfAvailable);
	}

	@Override
	public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers,
			ServerCallHandler<Q, A> next) {
		if (OPEN_SERVICES.contains(call.getMethodDescriptor().getServiceName())) {
			return next.startCall(call, headers);
		}
		Caller caller;
		try {
			caller = authenticate(headers.get(AUTHORIZATION));
		}
		catch (ProblemException ex) {
			GrpcProblems.close(call, ex);
			return new ServerCall.Listener<>() {
			};
		}
		Context context = Context.current().withValues(CALLER, caller, CONSISTENCY_TOKEN, headers.get(TOKEN_METADATA));
		return Contexts.interceptCall(context, call, headers, next);
	}

	private Caller authenticate(String authorization) {
		if (authorization == null || authorization.isBlank()) {
			throw new ProblemException(HttpStatus.UNAUTHORIZED, "token_missing",
					"This call needs a bearer token (OAuth 2.0, RFC 6750) in the 'authorization' metadata.");
		}
		if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			throw invalid();
		}
		Jwt jwt;
		try {
			jwt = this.decoder.decode(authorization.substring(7).trim());
		}
		catch (JwtException ex) {
			throw invalid();
		}
		RevokedSessions revoked = this.revokedSessions.get();
		if (revoked != null && revoked.isRevoked(jwt.getClaimAsString("sid"))) {
			throw invalid();
		}
		return Caller.of(jwt);
	}

	private static ProblemException invalid() {
		return new ProblemException(HttpStatus.UNAUTHORIZED, "token_invalid",
				"The bearer token is invalid, expired or not issued by this platform.");
	}

}

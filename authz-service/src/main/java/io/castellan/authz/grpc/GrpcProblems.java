package io.castellan.authz.grpc;

import com.google.protobuf.Any;
import com.google.protobuf.Duration;
import com.google.rpc.ErrorInfo;
import com.google.rpc.RetryInfo;
import io.castellan.platform.web.ProblemException;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;

import org.springframework.http.HttpStatus;

/**
 * The REST API's problems as gRPC statuses: the HTTP status becomes the nearest gRPC code, the stable problem code
 * travels as the {@code reason} of a {@code google.rpc.ErrorInfo} (AIP-193) and leads the status message, so a
 * client can branch on it with or without reading the details.
 */
final class GrpcProblems {

	static final String DOMAIN = "castellan.io";

	private GrpcProblems() {
	}

	static StatusRuntimeException of(ProblemException problem) {
		com.google.rpc.Status.Builder status = com.google.rpc.Status.newBuilder()
			.setCode(code(problem.status()).value())
			.setMessage(problem.code() + ": " + problem.getMessage())
			.addDetails(Any.pack(ErrorInfo.newBuilder().setReason(problem.code()).setDomain(DOMAIN).build()));
		if (problem.retryAfter() != null) {
			status.addDetails(Any.pack(RetryInfo.newBuilder()
				.setRetryDelay(Duration.newBuilder().setSeconds(problem.retryAfter().toSeconds()))
				.build()));
		}
		return StatusProto.toStatusRuntimeException(status.build());
	}

	/** Closes a call that has not started (refused by an interceptor) with the problem. */
	static void close(ServerCall<?, ?> call, ProblemException problem) {
		StatusRuntimeException exception = of(problem);
		Metadata trailers = exception.getTrailers();
		call.close(exception.getStatus(), (trailers != null) ? trailers : new Metadata());
	}

	static Status.Code code(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> Status.Code.INVALID_ARGUMENT;
			case UNAUTHORIZED -> Status.Code.UNAUTHENTICATED;
			case FORBIDDEN -> Status.Code.PERMISSION_DENIED;
			case NOT_FOUND -> Status.Code.NOT_FOUND;
			case CONFLICT -> Status.Code.ALREADY_EXISTS;
			case UNPROCESSABLE_CONTENT -> Status.Code.FAILED_PRECONDITION;
			case TOO_MANY_REQUESTS -> Status.Code.RESOURCE_EXHAUSTED;
			case SERVICE_UNAVAILABLE -> Status.Code.UNAVAILABLE;
			default -> Status.Code.INTERNAL;
		};
	}

}

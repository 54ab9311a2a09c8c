package io.castellan.authz.benchmark;

import io.castellan.authz.grpc.v1.AuthzBenchmarkGrpc;
import io.castellan.authz.grpc.v1.CheckRequest;
import io.castellan.authz.grpc.v1.CheckResponse;
import io.grpc.stub.StreamObserver;

/** Answers every call with the same decision: what a check costs without its decision. */
final class NoopGrpcService extends AuthzBenchmarkGrpc.AuthzBenchmarkImplBase {

	private static final CheckResponse ANSWER = CheckResponse.newBuilder()
		.setAllowed(true)
		.setReason("allowed")
		.setDetail("No-op: nothing was decided.")
		.build();

	@Override
	public void noop(CheckRequest request, StreamObserver<CheckResponse> answer) {
		answer.onNext(ANSWER);
		answer.onCompleted();
	}

}

package io.castellan.authz.grpc;

import java.util.Set;
import java.util.concurrent.Executor;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallExecutorSupplier;

/**
 * Runs the calls that the index answers in microseconds on the transport's own event loop, and every other call on
 * the server's executor. Handing a 2 µs check to another thread cost more than the check itself: the wake-up, the
 * queue and the cache misses were most of a call's server time, and the hand-offs made the tail. A direct call that
 * would have to wait for a consistency token does not wait there: {@link AuthzService} hands it on to
 * {@code blocking} first, so an event loop never blocks on the index.
 */
final class DecisionCallExecutors implements ServerCallExecutorSupplier {

	/** Full method names answered from memory without blocking, once their token is reflected. */
	private final Set<String> direct;

	DecisionCallExecutors(Set<String> direct) {
		this.direct = Set.copyOf(direct);
	}

	@Override
	public <Q, A> Executor getExecutor(ServerCall<Q, A> call, Metadata headers) {
		// null: the server's own executor.
		return this.direct.contains(call.getMethodDescriptor().getFullMethodName()) ? Runnable::run : null;
	}

}

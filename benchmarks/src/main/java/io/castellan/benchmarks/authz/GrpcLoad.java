package io.castellan.benchmarks.authz;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.castellan.authz.grpc.v1.AuthzBenchmarkGrpc;
import io.castellan.authz.grpc.v1.AuthzGrpc;
import io.castellan.authz.grpc.v1.CheckRequest;
import io.castellan.authz.grpc.v1.CheckResponse;
import io.castellan.authz.grpc.v1.ObjectRef;
import io.grpc.CallOptions;
import io.grpc.ClientInterceptors;
import io.grpc.Channel;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.StreamObserver;
import org.HdrHistogram.Recorder;

/**
 * A closed-loop gRPC load generator, the counterpart of {@code wrk -c N} for the REST points: N calls in flight at
 * all times over a few HTTP/2 connections, each answer starting the next call. Questions come from
 * {@link Questions}, so every answer is checked against the dataset (the no-op answers "allowed" to all). Prints one
 * line: calls/s, p50/p90/p99/p99.9 in ms, unexpected answers and errors.
 * <p>
 * {@code GrpcLoad <host:port> <bearer> <check|noop> <concurrency> <seconds> [connections]}
 */
public final class GrpcLoad {

	private GrpcLoad() {
	}

	public static void main(String[] args) throws InterruptedException {
		String target = args[0];
		String bearer = args[1];
		String method = args[2];
		int concurrency = Integer.parseInt(args[3]);
		Duration duration = Duration.ofSeconds(Long.parseLong(args[4]));
		int connections = (args.length > 5) ? Integer.parseInt(args[5]) : 2;
		Metadata headers = new Metadata();
		headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + bearer);
		ManagedChannel[] channels = new ManagedChannel[connections];
		for (int i = 0; i < connections; i++) {
			// Answers are handled on the transport's threads: a load client has nothing slower to do with them.
			channels[i] = NettyChannelBuilder.forTarget(target).usePlaintext().directExecutor().build();
		}
		MethodDescriptor<CheckRequest, CheckResponse> descriptor = method.equals("noop")
				? AuthzBenchmarkGrpc.getNoopMethod() : AuthzGrpc.getCheckMethod();
		Run run = new Run(descriptor, method.equals("noop"), concurrency);
		long start = System.nanoTime();
		for (int i = 0; i < concurrency; i++) {
			Channel channel = ClientInterceptors.intercept(channels[i % connections],
					MetadataUtils.newAttachHeadersInterceptor(headers));
			run.startWorker(channel, 1000L + i);
		}
		Thread.sleep(duration.toMillis());
		run.stopping.set(true);
		run.finished.await(30, TimeUnit.SECONDS);
		double seconds = (System.nanoTime() - start) / 1e9;
		for (ManagedChannel channel : channels) {
			channel.shutdownNow();
		}
		var histogram = run.latencies.getIntervalHistogram();
		long calls = histogram.getTotalCount();
		System.out.printf("rps=%.0f\tp50=%.3fms\tp90=%.3fms\tp99=%.3fms\tp99.9=%.3fms\tunexpected=%d\terrors=%d\tcalls=%d%n",
				calls / seconds, histogram.getValueAtPercentile(50) / 1e6, histogram.getValueAtPercentile(90) / 1e6,
				histogram.getValueAtPercentile(99) / 1e6, histogram.getValueAtPercentile(99.9) / 1e6,
				run.unexpected.get(), run.errors.get(), calls);
	}

	/** The workers of one measurement and what they saw. */
	private static final class Run {

		final MethodDescriptor<CheckRequest, CheckResponse> method;

		final boolean noop;

		final Recorder latencies = new Recorder(3);

		final AtomicBoolean stopping = new AtomicBoolean();

		final AtomicLong unexpected = new AtomicLong();

		final AtomicLong errors = new AtomicLong();

		final CountDownLatch finished;

		Run(MethodDescriptor<CheckRequest, CheckResponse> method, boolean noop, int workers) {
			this.method = method;
			this.noop = noop;
			this.finished = new CountDownLatch(workers);
		}

		void startWorker(Channel channel, long seed) {
			next(channel, new Questions(seed));
		}

		private void next(Channel channel, Questions questions) {
			if (this.stopping.get()) {
				this.finished.countDown();
				return;
			}
			Questions.Question question = questions.next();
			CheckRequest request = CheckRequest.newBuilder()
				.setPrincipalId(question.principalId())
				.setAction(question.action())
				.setObject(ObjectRef.newBuilder().setId(question.objectId()))
				.build();
			long sent = System.nanoTime();
			ClientCalls.asyncUnaryCall(channel.newCall(this.method, CallOptions.DEFAULT), request,
					new StreamObserver<>() {

						@Override
						public void onNext(CheckResponse answer) {
							Run.this.latencies.recordValue(System.nanoTime() - sent);
							if (answer.getAllowed() != (Run.this.noop || question.allowed())) {
								Run.this.unexpected.incrementAndGet();
							}
						}

						@Override
						public void onError(Throwable error) {
							Run.this.errors.incrementAndGet();
							next(channel, questions);
						}

						@Override
						public void onCompleted() {
							next(channel, questions);
						}

					});
		}

	}

}

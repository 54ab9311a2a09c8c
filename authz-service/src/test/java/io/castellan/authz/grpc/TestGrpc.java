package io.castellan.authz.grpc;

import java.util.concurrent.TimeUnit;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.ErrorInfo;
import io.castellan.authz.grpc.v1.AuthzGrpc;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.MetadataUtils;

/**
 * A real grpc-java client of the service under test, over loopback TCP: blocking stubs that send a bearer token
 * (or none) in the {@code authorization} metadata, and the problem code read back from a failed call's details.
 */
final class TestGrpc implements AutoCloseable {

	private final ManagedChannel channel;

	private TestGrpc(int port) {
		this.channel = ManagedChannelBuilder.forAddress("localhost", port).usePlaintext().build();
	}

	static TestGrpc at(int port) {
		return new TestGrpc(port);
	}

	/** A stub sending this bearer token; null sends no {@code authorization} at all. */
	AuthzGrpc.AuthzBlockingStub as(String bearer) {
		Metadata headers = new Metadata();
		if (bearer != null) {
			headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + bearer);
		}
		return AuthzGrpc.newBlockingStub(this.channel)
			.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers))
			.withDeadlineAfter(30, TimeUnit.SECONDS);
	}

	/** The same, answering futures: for calls that must not block the test while they wait. */
	AuthzGrpc.AuthzFutureStub asyncAs(String bearer) {
		Metadata headers = new Metadata();
		headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + bearer);
		return AuthzGrpc.newFutureStub(this.channel)
			.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers))
			.withDeadlineAfter(30, TimeUnit.SECONDS);
	}

	/** The stable problem code of a failed call: the reason of its {@code google.rpc.ErrorInfo}. */
	static String problemCode(StatusRuntimeException failure) {
		com.google.rpc.Status status = StatusProto.fromThrowable(failure);
		if (status == null) {
			return null;
		}
		try {
			for (com.google.protobuf.Any detail : status.getDetailsList()) {
				if (detail.is(ErrorInfo.class)) {
					return detail.unpack(ErrorInfo.class).getReason();
				}
			}
		}
		catch (InvalidProtocolBufferException ex) {
			throw new IllegalStateException(ex);
		}
		return null;
	}

	@Override
	public void close() throws InterruptedException {
		this.channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
	}

}

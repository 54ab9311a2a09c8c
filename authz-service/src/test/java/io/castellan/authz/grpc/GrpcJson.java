package io.castellan.authz.grpc;

import java.util.Map;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import io.castellan.authz.grpc.v1.AuthzGrpc;
import io.castellan.authz.grpc.v1.CheckRequest;
import io.castellan.authz.grpc.v1.ListObjectsRequest;
import io.castellan.authz.grpc.v1.ListSubjectsRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST decision API's JSON, asked over gRPC: the bodies of {@code /api/authz/check}, {@code .../objects} and
 * {@code .../subjects} are the proto3 JSON of the gRPC requests (the field names are the same), and the answers
 * come back as the REST answers read, so a test written against REST bodies can ask the same over both transports.
 */
public final class GrpcJson implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final JsonFormat.Parser PARSER = JsonFormat.parser();

	// proto3 leaves false and empty out; REST answers carry them.
	private static final JsonFormat.Printer PRINTER = JsonFormat.printer().alwaysPrintFieldsWithNoPresence();

	private final TestGrpc grpc;

	private final AuthzGrpc.AuthzBlockingStub stub;

	private GrpcJson(int port, String bearer) {
		this.grpc = TestGrpc.at(port);
		this.stub = this.grpc.as(bearer);
	}

	public static GrpcJson at(int port, String bearer) {
		return new GrpcJson(port, bearer);
	}

	/** Answers as {@code POST path} with this body would over REST; a failed call throws. */
	public JsonNode post(String path, Map<String, Object> body) {
		String json = JSON.writeValueAsString(body);
		return switch (path) {
			case "/api/authz/check" -> read(this.stub.check(parse(json, CheckRequest.newBuilder())));
			case "/api/authz/check/objects" -> read(this.stub.listObjects(parse(json, ListObjectsRequest.newBuilder())));
			case "/api/authz/check/subjects" ->
				read(this.stub.listSubjects(parse(json, ListSubjectsRequest.newBuilder())));
			default -> throw new IllegalArgumentException("No gRPC twin of " + path);
		};
	}

	@SuppressWarnings("unchecked")
	private static <T extends Message> T parse(String json, Message.Builder builder) {
		try {
			PARSER.merge(json, builder);
			return (T) builder.build();
		}
		catch (InvalidProtocolBufferException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	private static JsonNode read(Message answer) {
		try {
			JsonNode node = JSON.readTree(PRINTER.print(answer));
			// REST leaves the cursor out on the last page; proto3 prints it empty.
			if (node.has("next") && node.get("next").asString().isEmpty()) {
				((tools.jackson.databind.node.ObjectNode) node).remove("next");
			}
			return node;
		}
		catch (InvalidProtocolBufferException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.grpc.close();
	}

}

package io.castellan.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service behind the gateway, on a JDK {@link HttpServer}: records every request it receives and answers what
 * its responder says; by default it echoes the request as JSON (and echoes {@code X-Request-Id}, as the services
 * do).
 */
final class TestUpstream implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final Function<Received, Answer> responder;

	private TestUpstream(Function<Received, Answer> responder) throws IOException {
		this.responder = responder;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	static TestUpstream start(Function<Received, Answer> responder) {
		try {
			return new TestUpstream(responder);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static TestUpstream echo() {
		return start(TestUpstream::echo);
	}

	/** A base URL where nothing listens. */
	static String nothingListening() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return "http://127.0.0.1:" + socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	List<Received> received() {
		return List.copyOf(this.received);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	static Answer echo(Received request) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("method", request.method());
		body.put("path", request.path());
		body.put("authorization", request.header("Authorization"));
		body.put("requestId", request.header("X-Request-Id"));
		body.put("traceparent", request.header("traceparent"));
		body.put("body", request.body());
		Answer answer = Answer.json(200, JSON.writeValueAsString(body));
		return (request.header("X-Request-Id") != null)
				? answer.withHeader("X-Request-Id", request.header("X-Request-Id")) : answer;
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body;
		try (InputStream in = exchange.getRequestBody()) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Map<String, String> headers = new LinkedHashMap<>();
		exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.getFirst()));
		Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers, body);
		this.received.add(request);
		Answer answer = this.responder.apply(request);
		byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
		answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
		exchange.sendResponseHeaders(answer.status(), bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	/** A request as the upstream received it; {@code path} includes the query. */
	record Received(String method, String path, Map<String, String> headers, String body) {

		String header(String name) {
			return this.headers.get(name.toLowerCase());
		}

	}

	/** What the upstream answers. */
	record Answer(int status, Map<String, String> headers, String body) {

		static Answer json(int status, String body) {
			return new Answer(status, Map.of("Content-Type", "application/json"), body);
		}

		Answer withHeader(String name, String value) {
			Map<String, String> all = new LinkedHashMap<>(this.headers);
			all.put(name, value);
			return new Answer(this.status, all, this.body);
		}

	}

}

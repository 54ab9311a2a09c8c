package io.castellan.provisioning.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A webhook receiver on a JDK {@link HttpServer}: verifies each request's Standard Webhooks signature on its own
 * (independently of the code under test), answers 401 to a bad one, otherwise answers what the responder says,
 * and records every request.
 */
public final class TestWebhookReceiver implements AutoCloseable {

	/** A shared test secret in the {@code whsec_} format (base64 of "castellan-test-webhook-secret-32"). */
	public static final String SECRET = "whsec_Y2FzdGVsbGFuLXRlc3Qtd2ViaG9vay1zZWNyZXQtMzI=";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final byte[] key;

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private volatile Function<Request, Answer> responder;

	private TestWebhookReceiver(String secret, Function<Request, Answer> responder) throws IOException {
		this.key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
		this.responder = responder;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	public static TestWebhookReceiver start(String secret, Function<Request, Answer> responder) {
		try {
			return new TestWebhookReceiver(secret, responder);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public URI url() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/provision");
	}

	public void respondWith(Function<Request, Answer> responder) {
		this.responder = responder;
	}

	public List<Request> requests() {
		return List.copyOf(this.requests);
	}

	/** The requests about one tenant, in arrival order. */
	public List<Request> requestsFor(String tenantId) {
		return this.requests.stream()
			.filter((request) -> tenantId.equals(request.json().path("tenantId").asString()))
			.toList();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body;
		try (InputStream in = exchange.getRequestBody()) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String id = exchange.getRequestHeaders().getFirst("webhook-id");
		String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
		String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
		Request request = new Request(id, timestamp, signature, body, JSON.readTree(body),
				exchange.getRequestHeaders().getFirst("traceparent"), verify(id, timestamp, signature, body));
		this.requests.add(request);
		Answer answer = request.signatureValid() ? this.responder.apply(request) : new Answer(401, "{}");
		byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(answer.status(), bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	/** Standard Webhooks: any of the space-separated {@code v1,<base64>} signatures matches; timestamp within 5 min. */
	private boolean verify(String id, String timestamp, String header, String body) {
		if (id == null || timestamp == null || header == null
				|| Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > 300) {
			return false;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
			return Arrays.stream(header.split(" "))
				.filter((candidate) -> candidate.startsWith("v1,"))
				.map((candidate) -> Base64.getDecoder().decode(candidate.substring(3)))
				.anyMatch((given) -> MessageDigest.isEqual(given, expected));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A request as received. */
	public record Request(String id, String timestamp, String signature, String body, JsonNode json,
			String traceparent, boolean signatureValid) {

		public String action() {
			return this.json.path("action").asString();
		}

		public int attempt() {
			return this.json.path("attempt").asInt();
		}

	}

	/** What to answer. */
	public record Answer(int status, String body) {

		public static Answer handle(String handle) {
			return new Answer(200, "{\"handle\":\"" + handle + "\"}");
		}

		public static Answer status(int status) {
			return new Answer(status, "{\"error\":\"test receiver says " + status + "\"}");
		}

	}

}

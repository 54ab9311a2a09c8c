package io.castellan.e2e;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An external system receiving provisioning webhooks: it checks the Standard Webhooks signature and answers with a
 * handle, as a real connector target would.
 */
final class WebhookReceiver implements AutoCloseable {

	static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString("e2e-webhook-key-0123456789".getBytes());

	private final HttpServer server;

	private final List<String> verifiedBodies = new CopyOnWriteArrayList<>();

	WebhookReceiver() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/provision";
	}

	List<String> verifiedBodies() {
		return this.verifiedBodies;
	}

	private void handle(HttpExchange exchange) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		String signed = exchange.getRequestHeaders().getFirst("webhook-id") + "."
				+ exchange.getRequestHeaders().getFirst("webhook-timestamp") + "." + new String(body, StandardCharsets.UTF_8);
		String signatures = String.valueOf(exchange.getRequestHeaders().getFirst("webhook-signature"));
		boolean valid = List.of(signatures.split(" ")).contains("v1," + sign(signed));
		byte[] answer = valid ? "{\"handle\":\"ext-e2e\"}".getBytes(StandardCharsets.UTF_8) : new byte[0];
		if (valid) {
			this.verifiedBodies.add(new String(body, StandardCharsets.UTF_8));
		}
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(valid ? 200 : 401, answer.length == 0 ? -1 : answer.length);
		if (answer.length > 0) {
			exchange.getResponseBody().write(answer);
		}
		exchange.close();
	}

	private static String sign(String content) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(Base64.getDecoder().decode(SECRET.substring("whsec_".length())), "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}

package io.castellan.platform.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain JDK HTTP client for talking to a service under test the way an outside client does: real sockets, JSON
 * bodies, bearer tokens.
 */
public final class TestHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	private String token;

	private final Map<String, String> headers = new LinkedHashMap<>();

	public TestHttp(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public static TestHttp at(int port) {
		return new TestHttp("http://localhost:" + port);
	}

	/** A copy that sends this bearer token (null for none). */
	public TestHttp as(String bearerToken) {
		TestHttp copy = new TestHttp(this.baseUrl);
		copy.token = bearerToken;
		copy.headers.putAll(this.headers);
		return copy;
	}

	public TestHttp header(String name, String value) {
		TestHttp copy = as(this.token);
		copy.headers.put(name, value);
		return copy;
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	public Response post(String path, Object body) {
		return send("POST", path, body);
	}

	public Response put(String path, Object body) {
		return send("PUT", path, body);
	}

	public Response patch(String path, Object body) {
		return send("PATCH", path, body);
	}

	public Response delete(String path) {
		return send(request(path).DELETE());
	}

	/** A request with a JSON body: a String is sent as it is, anything else as JSON. */
	public Response send(String method, String path, Object body) {
		String text = (body instanceof String raw) ? raw : JSON.writeValueAsString(body);
		return send(request(path).header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(text)));
	}

	/** An HTML form post, as a browser sends it. */
	public Response form(String path, Map<String, String> fields) {
		String text = fields.entrySet()
			.stream()
			.map((field) -> java.net.URLEncoder.encode(field.getKey(), java.nio.charset.StandardCharsets.UTF_8) + "="
					+ java.net.URLEncoder.encode(field.getValue(), java.nio.charset.StandardCharsets.UTF_8))
			.collect(java.util.stream.Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(text)));
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json, application/problem+json");
		if (this.token != null) {
			builder.header("Authorization", "Bearer " + this.token);
		}
		this.headers.forEach(builder::header);
		return builder;
	}

	private Response send(HttpRequest.Builder builder) {
		try {
			HttpResponse<String> response = this.client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A received answer. */
	public record Response(HttpResponse<String> raw) {

		public int status() {
			return this.raw.statusCode();
		}

		public JsonNode json() {
			return JSON.readTree(this.raw.body());
		}

		public String header(String name) {
			return this.raw.headers().firstValue(name).orElse(null);
		}

		public String contentType() {
			return header("Content-Type");
		}

		@Override
		public String toString() {
			return this.raw.statusCode() + " " + this.raw.body();
		}

	}

}

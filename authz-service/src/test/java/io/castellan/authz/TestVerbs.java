package io.castellan.authz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import io.castellan.platform.test.TestHttp;
import tools.jackson.databind.json.JsonMapper;

/** PUT and DELETE for the authz API tests, answered as {@link TestHttp.Response}s (TestHttp sends GET and POST). */
final class TestVerbs {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final int port;

	private final String bearer;

	private final Map<String, String> headers;

	TestVerbs(int port, String bearer, Map<String, String> headers) {
		this.port = port;
		this.bearer = bearer;
		this.headers = headers;
	}

	TestHttp.Response put(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
	}

	TestHttp.Response delete(String path) {
		return send(request(path).DELETE());
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json, application/problem+json")
			.header("Authorization", "Bearer " + this.bearer);
		this.headers.forEach((name, value) -> {
			if (value != null) {
				builder.header(name, value);
			}
		});
		return builder;
	}

	private static TestHttp.Response send(HttpRequest.Builder builder) {
		try {
			return new TestHttp.Response(CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString()));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

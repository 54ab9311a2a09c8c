package io.castellan.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A client of a running platform, through its gateway, as the bootstrap admin client. */
final class Platform {

	static final String TOKEN_HEADER = "Castellan-Consistency-Token";

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	private final String accessToken;

	Platform(String baseUrl, String clientId, String clientSecret) throws IOException, InterruptedException {
		this.baseUrl = baseUrl;
		String basic = Base64.getEncoder()
			.encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/oauth2/token"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=platform.admin"))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Token request failed: " + response.statusCode() + " " + response.body());
		}
		this.accessToken = this.json.readTree(response.body()).get("access_token").asString();
	}

	/** POSTs JSON; returns the answer body with the consistency token (if any) as field "_token". */
	JsonNode post(String path, Object body, String consistencyToken) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Authorization", "Bearer " + this.accessToken)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body)));
		if (consistencyToken != null) {
			request.header(TOKEN_HEADER, consistencyToken);
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(path + " answered " + response.statusCode() + " " + response.body());
		}
		tools.jackson.databind.node.ObjectNode answer = (tools.jackson.databind.node.ObjectNode) this.json
			.readTree(response.body());
		response.headers().firstValue(TOKEN_HEADER).ifPresent((token) -> answer.put("_token", token));
		return answer;
	}

}

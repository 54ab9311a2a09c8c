package io.castellan.identity.client;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Registration bodies for {@code POST /api/oauth-clients}; tests change what their case is about. */
final class TestClients {

	private TestClients() {
	}

	/** A confidential machine client with client credentials and one scope. */
	static Map<String, Object> machine() {
		Map<String, Object> body = new HashMap<>();
		body.put("clientId", "svc-" + UUID.randomUUID().toString().substring(0, 8));
		body.put("name", "Reporting service");
		body.put("clientType", "confidential");
		body.put("grantTypes", List.of("client_credentials"));
		body.put("scopes", List.of("reports.read"));
		return body;
	}

	/** A public browser app with authorization code + refresh tokens. */
	static Map<String, Object> spa() {
		Map<String, Object> body = new HashMap<>();
		body.put("clientId", "spa-" + UUID.randomUUID().toString().substring(0, 8));
		body.put("name", "Single-page app");
		body.put("clientType", "public");
		body.put("grantTypes", List.of("authorization_code", "refresh_token"));
		body.put("redirectUris", List.of("https://app.example.com/callback", "http://localhost:3000/callback"));
		body.put("scopes", List.of("openid", "profile"));
		return body;
	}

	static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
		Map<String, Object> copy = new HashMap<>(body);
		copy.put(key, value);
		return copy;
	}

}

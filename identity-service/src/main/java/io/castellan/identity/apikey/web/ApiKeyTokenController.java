package io.castellan.identity.apikey.web;

import java.util.Map;

import io.castellan.identity.apikey.ApiKeyTokens;
import io.castellan.platform.web.ProblemException;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exchanges an API key (as {@code Authorization: Bearer cst_...} or {@code {"key": ...}}) for a short-lived
 * access token, answered in the shape of an OAuth 2.0 token response. The gateway does this for callers that send
 * the key itself.
 */
@RestController
class ApiKeyTokenController {

	private final ApiKeyTokens tokens;

	ApiKeyTokenController(ApiKeyTokens tokens) {
		this.tokens = tokens;
	}

	@PostMapping("/api/api-keys/token")
	ResponseEntity<Map<String, Object>> token(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@RequestBody(required = false) Map<String, Object> body) {
		String presented = null;
		if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			presented = authorization.substring(7).strip();
		}
		else if (body != null && body.get("key") instanceof String key) {
			presented = key;
		}
		if (presented == null) {
			throw new ProblemException(HttpStatus.UNAUTHORIZED, "api_key_missing",
					"Send the key as 'Authorization: Bearer cst_...' or in a JSON body as 'key'.");
		}
		ApiKeyTokens.Token token = this.tokens.exchange(presented);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(Map.of("access_token", token.value(), "token_type", "Bearer", "expires_in",
					token.expiresInSeconds()));
	}

}

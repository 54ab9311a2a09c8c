package io.castellan.gateway.routing;

import java.util.ArrayList;
import java.util.List;

/**
 * The services behind the gateway and the paths each one answers. The table is part of the product's one-origin
 * contract, so it lives in code; where each service runs comes from configuration. Every service also serves its
 * own OpenAPI document at {@code /v3/api-docs/<name>}.
 */
public enum Upstream {

	/**
	 * OAuth 2.0 / OpenID Connect endpoints, the login page, principals, credentials, sessions, API keys, clients,
	 * signing keys, signup, password resets, invites, the pages mailed links open and device activation.
	 */
	IDENTITY("identity", "/oauth2/**", "/.well-known/**", "/login", "/logout", "/userinfo", "/connect/**",
			"/api/principals/**", "/api/login", "/api/sessions/**", "/api/api-keys/**", "/api/password-policies/**",
			"/api/oauth-clients/**", "/api/signing-keys/**", "/api/signup/**", "/api/signup-settings/**",
			"/api/password-resets/**", "/api/invites/**", "/api/profiles/**", "/signup/**", "/password-reset",
			"/invites/accept", "/activate"),

	TENANT("tenant", "/api/tenants/**"),

	AUTHZ("authz", "/api/authz/**"),

	AUDIT("audit", "/api/audit/**"),

	NOTIFICATION("notification", "/api/notifications/**"),

	PROVISIONING("provisioning", "/api/provisioning/**");

	private final String id;

	private final List<String> paths;

	Upstream(String id, String... paths) {
		this.id = id;
		List<String> all = new ArrayList<>(List.of(paths));
		all.add("/v3/api-docs/" + id);
		this.paths = List.copyOf(all);
	}

	/** The route id, circuit breaker name and configuration key ({@code castellan.gateway.upstreams.<id>}). */
	public String id() {
		return this.id;
	}

	/** Path patterns routed to this service ({@code /**} also matches the bare prefix). */
	public List<String> paths() {
		return this.paths;
	}

}

package io.castellan.identity.client.command;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.castellan.identity.client.event.OAuthClientSettings;
import io.castellan.platform.web.ProblemException;

/**
 * The rules every registration and update must pass, whoever sends it (the API or the bootstrap): a stable 422
 * code for each. Public clients are forced to use PKCE (RFC 9700 section 2.1.1) and may not use grants that need
 * client authentication.
 */
final class ClientRules {

	static final String CONFIDENTIAL = "confidential";

	static final String PUBLIC = "public";

	static final String AUTHORIZATION_CODE = "authorization_code";

	static final String CLIENT_CREDENTIALS = "client_credentials";

	static final String TOKEN_EXCHANGE = "urn:ietf:params:oauth:grant-type:token-exchange";

	static final Set<String> GRANT_TYPES = Set.of(AUTHORIZATION_CODE, "refresh_token", CLIENT_CREDENTIALS,
			"urn:ietf:params:oauth:grant-type:device_code", TOKEN_EXCHANGE);

	/** RFC 6749 section 3.3 scope-token. */
	private static final Pattern SCOPE_TOKEN = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]{1,100}");

	private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

	private static final Set<String> FORBIDDEN_SCHEMES = Set.of("javascript", "data", "file", "vbscript");

	private ClientRules() {
	}

	/** @return the settings as they take effect (PKCE forced on for public clients) */
	static OAuthClientSettings check(String clientType, OAuthClientSettings settings) {
		if (!CONFIDENTIAL.equals(clientType) && !PUBLIC.equals(clientType)) {
			throw ProblemException.unprocessable("oauth_client_type_invalid",
					"clientType must be confidential or public.");
		}
		if (settings.grantTypes().isEmpty()) {
			throw ProblemException.unprocessable("grant_type_required", "A client needs at least one grant type.");
		}
		for (String grant : settings.grantTypes()) {
			if (!GRANT_TYPES.contains(grant)) {
				throw ProblemException.unprocessable("grant_type_unsupported",
						"Unsupported grant type '" + grant + "'; supported: " + GRANT_TYPES + ".");
			}
			if (PUBLIC.equals(clientType) && (grant.equals(CLIENT_CREDENTIALS) || grant.equals(TOKEN_EXCHANGE))) {
				throw ProblemException.unprocessable("grant_type_needs_confidential_client",
						"A public client cannot authenticate, so it cannot use '" + grant + "'.");
			}
		}
		if (settings.grantTypes().contains(AUTHORIZATION_CODE) && settings.redirectUris().isEmpty()) {
			throw ProblemException.unprocessable("redirect_uri_required",
					"The authorization_code grant needs at least one redirect URI.");
		}
		settings.redirectUris().forEach(ClientRules::checkRedirectUri);
		settings.postLogoutRedirectUris().forEach(ClientRules::checkRedirectUri);
		for (String scope : settings.scopes()) {
			if (!SCOPE_TOKEN.matcher(scope).matches()) {
				throw ProblemException.unprocessable("scope_invalid",
						"'" + scope + "' is not a valid scope token (RFC 6749 section 3.3).");
			}
		}
		if (PUBLIC.equals(clientType) && !settings.requirePkce()) {
			return new OAuthClientSettings(settings.name(), settings.grantTypes(), settings.redirectUris(),
					settings.postLogoutRedirectUris(), settings.scopes(), true, settings.accessTokenTtlSeconds(),
					settings.refreshTokenTtlSeconds());
		}
		return settings;
	}

	/**
	 * Absolute, no fragment (RFC 6749 section 3.1.2), plain http only on the loopback interface (RFC 8252 section
	 * 7.3); private-use schemes of native apps are allowed.
	 */
	private static void checkRedirectUri(String value) {
		URI uri;
		try {
			uri = new URI(value);
		}
		catch (URISyntaxException ex) {
			throw invalidRedirect(value, "it is not a URI");
		}
		if (!uri.isAbsolute() || uri.getScheme() == null) {
			throw invalidRedirect(value, "it must be absolute");
		}
		if (uri.getRawFragment() != null) {
			throw invalidRedirect(value, "it must not have a fragment");
		}
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		if (FORBIDDEN_SCHEMES.contains(scheme)) {
			throw invalidRedirect(value, "scheme " + scheme + " is not allowed");
		}
		if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() == null) {
			throw invalidRedirect(value, "it must name a host");
		}
		if (scheme.equals("http") && !LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
			throw invalidRedirect(value, "plain http is only allowed for localhost and 127.0.0.1");
		}
	}

	private static ProblemException invalidRedirect(String value, String why) {
		return ProblemException.unprocessable("redirect_uri_invalid", "Redirect URI '" + value + "': " + why + ".");
	}

}

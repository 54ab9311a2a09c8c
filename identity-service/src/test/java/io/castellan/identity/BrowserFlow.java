package io.castellan.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;

/**
 * A browser for tests: keeps cookies, follows nothing by itself, submits forms (login, consent), and can walk the
 * authorization code + PKCE flow through the real login page, with the Nimbus SDK building and checking the
 * protocol messages.
 */
public final class BrowserFlow {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	public BrowserFlow(int port) {
		this.base = "http://localhost:" + port;
	}

	public HttpResponse<String> get(String pathOrUrl) {
		return send(HttpRequest.newBuilder(uri(pathOrUrl)).header("Accept", "text/html").GET());
	}

	/** Opens the login page and posts the form, CSRF token included. */
	public HttpResponse<String> logIn(String identifier, String password, String tenant) {
		HttpResponse<String> page = get("/login");
		Matcher csrf = CSRF.matcher(page.body());
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF field on the login page: " + page.body());
		}
		List<Map.Entry<String, String>> form = new ArrayList<>(List.of(Map.entry("identifier", identifier),
				Map.entry("password", password), Map.entry("_csrf", csrf.group(1))));
		if (tenant != null) {
			form.add(Map.entry("tenant", tenant));
		}
		return post("/login", form);
	}

	/** Submits a form, fields in their order. */
	public HttpResponse<String> post(String path, List<Map.Entry<String, String>> form) {
		String body = form.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** The value of a hidden input of a page. */
	public static String hidden(String page, String name) {
		Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("No " + name + " field in " + page);
		}
		return matcher.group(1);
	}

	/** The values of the scope checkboxes a consent page offers. */
	public static List<String> offeredScopes(String page) {
		Matcher matcher = Pattern.compile("name=\"scope\" value=\"([^\"]+)\"").matcher(page);
		List<String> scopes = new ArrayList<>();
		while (matcher.find()) {
			scopes.add(matcher.group(1));
		}
		return scopes;
	}

	/**
	 * The whole code flow: authorize (redirected to the login page), log in, come back to authorize, receive the
	 * code at the redirect URI, and redeem it with the verifier.
	 */
	public TokenResponse codeFlow(String clientId, String secret, String redirectUri, String scope, String identifier,
			String password) {
		try {
			CodeVerifier verifier = new CodeVerifier();
			State state = new State();
			AuthorizationRequest request = new AuthorizationRequest.Builder(new ResponseType("code"),
					new ClientID(clientId))
				.endpointURI(uri("/oauth2/authorize"))
				.redirectionURI(URI.create(redirectUri))
				.scope(Scope.parse(scope))
				.state(state)
				.codeChallenge(verifier, CodeChallengeMethod.S256)
				.build();
			HttpResponse<String> toLogin = get(request.toURI().toString());
			require(toLogin, 302, "/login");
			HttpResponse<String> loggedIn = logIn(identifier, password, null);
			require(loggedIn, 302, "/oauth2/authorize");
			HttpResponse<String> withCode = get(location(loggedIn));
			require(withCode, 302, redirectUri);
			AuthorizationResponse response = AuthorizationResponse.parse(URI.create(location(withCode)));
			if (!response.indicatesSuccess() || !state.equals(response.getState())) {
				throw new IllegalStateException("Authorization failed: " + location(withCode));
			}
			AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
			TokenRequest token = (secret != null)
					? new TokenRequest(uri("/oauth2/token"),
							new ClientSecretBasic(new ClientID(clientId), new Secret(secret)),
							new AuthorizationCodeGrant(code, URI.create(redirectUri), verifier))
					: new TokenRequest(uri("/oauth2/token"), new ClientID(clientId),
							new AuthorizationCodeGrant(code, URI.create(redirectUri), verifier));
			return TokenResponse.parse(token.toHTTPRequest().send());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	private static void require(HttpResponse<String> response, int status, String locationPart) {
		if (response.statusCode() != status || !location(response).contains(locationPart)) {
			throw new IllegalStateException("Expected " + status + " to " + locationPart + " but got "
					+ response.statusCode() + " " + location(response) + " " + response.body());
		}
	}

	private URI uri(String pathOrUrl) {
		return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : this.base + pathOrUrl);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
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

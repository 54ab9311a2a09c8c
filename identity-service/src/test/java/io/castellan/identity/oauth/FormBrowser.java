package io.castellan.identity.oauth;

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

/**
 * A cookie-keeping browser that submits forms (the login page, the consent page) and follows no redirect by
 * itself, so tests see every step a person's browser takes.
 */
final class FormBrowser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	FormBrowser(int port) {
		this.base = "http://localhost:" + port;
	}

	HttpResponse<String> get(String pathOrUrl) {
		return send(HttpRequest.newBuilder(uri(pathOrUrl)).header("Accept", "text/html").GET());
	}

	/** Logs in through the login page with its CSRF token; answers the login's redirect. */
	HttpResponse<String> logIn(String identifier, String password) {
		Matcher csrf = CSRF.matcher(get("/login").body());
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF field on the login page");
		}
		return post("/login", List.of(Map.entry("identifier", identifier), Map.entry("password", password),
				Map.entry("_csrf", csrf.group(1))));
	}

	HttpResponse<String> post(String path, List<Map.Entry<String, String>> form) {
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
	static String hidden(String page, String name) {
		Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("No " + name + " field in " + page);
		}
		return matcher.group(1);
	}

	/** The values of the scope checkboxes a consent page offers. */
	static List<String> offeredScopes(String page) {
		Matcher matcher = Pattern.compile("name=\"scope\" value=\"([^\"]+)\"").matcher(page);
		List<String> scopes = new ArrayList<>();
		while (matcher.find()) {
			scopes.add(matcher.group(1));
		}
		return scopes;
	}

	static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("");
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

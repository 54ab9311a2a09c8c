package io.castellan.identity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenIntrospectionRequest;
import com.nimbusds.oauth2.sdk.TokenIntrospectionResponse;
import com.nimbusds.oauth2.sdk.TokenIntrospectionSuccessResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import io.castellan.platform.test.TestHttp;

/**
 * The identity-service under test seen from outside: tokens from its token endpoint through the Nimbus SDK (an
 * independent OAuth client library), admin API calls, and the verbs {@link TestHttp} lacks.
 */
public final class OAuthTestClient {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final int port;

	public OAuthTestClient(int port) {
		this.port = port;
	}

	public URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	public URI tokenEndpoint() {
		return uri("/oauth2/token");
	}

	/** A token request authenticated with client_secret_basic. */
	public TokenResponse token(String clientId, String secret, AuthorizationGrant grant, Scope scope) {
		try {
			return TokenResponse.parse(new TokenRequest(tokenEndpoint(),
					new ClientSecretBasic(new ClientID(clientId), new Secret(secret)), grant, scope)
				.toHTTPRequest()
				.send());
		}
		catch (IOException | com.nimbusds.oauth2.sdk.ParseException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Introspection (RFC 7662) as the bootstrap admin client, failing the test unless the endpoint answers. */
	public TokenIntrospectionSuccessResponse introspect(String token) {
		try {
			TokenIntrospectionResponse response = TokenIntrospectionResponse
				.parse(new TokenIntrospectionRequest(uri("/oauth2/introspect"),
						new ClientSecretBasic(new ClientID(IdentityIntegrationTest.ADMIN_CLIENT),
								new Secret(IdentityIntegrationTest.ADMIN_SECRET)),
						new BearerAccessToken(token))
					.toHTTPRequest()
					.send());
			if (!response.indicatesSuccess()) {
				throw new AssertionError("Introspection failed: " + response.toErrorResponse().getErrorObject());
			}
			return response.toSuccessResponse();
		}
		catch (IOException | com.nimbusds.oauth2.sdk.ParseException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A client credentials access token, failing the test when refused. */
	public String clientCredentials(String clientId, String secret, String scope) {
		TokenResponse response = token(clientId, secret, new ClientCredentialsGrant(),
				(scope != null) ? Scope.parse(scope) : null);
		if (!response.indicatesSuccess()) {
			throw new AssertionError("Token refused for " + clientId + ": "
					+ response.toErrorResponse().getErrorObject().toJSONObject());
		}
		return response.toSuccessResponse().getTokens().getAccessToken().getValue();
	}

	/** The API as the bootstrap platform administrator. */
	public TestHttp admin() {
		return TestHttp.at(this.port).as(adminToken());
	}

	public String adminToken() {
		return clientCredentials(IdentityIntegrationTest.ADMIN_CLIENT, IdentityIntegrationTest.ADMIN_SECRET,
				"platform.admin");
	}

	public HttpResponse<String> put(String bearer, String path, String json) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Authorization", "Bearer " + bearer)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	public HttpResponse<String> delete(String bearer, String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + bearer).DELETE());
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
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

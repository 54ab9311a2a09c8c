package io.castellan.identity.oauth;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.PushedAuthorizationRequest;
import com.nimbusds.oauth2.sdk.PushedAuthorizationResponse;
import com.nimbusds.oauth2.sdk.PushedAuthorizationSuccessResponse;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import io.castellan.identity.BrowserFlow;
import io.castellan.identity.IdentityIntegrationTest;
import io.castellan.identity.OAuthTestClient;
import io.castellan.platform.test.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pushed authorization requests (RFC 9126) as the Nimbus SDK sends them: the client pushes its request,
 * authenticated, and the browser carries only the request_uri, which works once.
 */
@IdentityIntegrationTest
class PushedAuthorizationIntegrationTests {

	private static final String PASSWORD = "pushed requests keep secrets";

	private static final String REDIRECT = "http://localhost:8999/callback";

	@LocalServerPort
	int port;

	private OAuthTestClient oauth;

	private String name;

	@BeforeEach
	void setUp() {
		this.oauth = new OAuthTestClient(this.port);
		this.name = "par-user-" + UUID.randomUUID().toString().substring(0, 8);
		TestHttp.Response principal = this.oauth.admin()
			.post("/api/principals", Map.of("kind", "human", "name", this.name, "password", PASSWORD));
		assertThat(principal.status()).as(principal.toString()).isEqualTo(201);
	}

	@Test
	void discoveryWhenFetchedThenBothDocumentsAdvertiseTheParEndpoint() throws Exception {
		URI expected = URI.create(IdentityIntegrationTest.ISSUER + "/oauth2/par");
		AuthorizationServerMetadata oauthMetadata = AuthorizationServerMetadata
			.parse(TestHttp.at(this.port).get("/.well-known/oauth-authorization-server").raw().body());
		OIDCProviderMetadata openIdMetadata = OIDCProviderMetadata
			.parse(TestHttp.at(this.port).get("/.well-known/openid-configuration").raw().body());

		assertThat(oauthMetadata.getPushedAuthorizationRequestEndpointURI()).isEqualTo(expected);
		assertThat(openIdMetadata.getPushedAuthorizationRequestEndpointURI()).isEqualTo(expected);
	}

	@Test
	void codeFlowWhenRequestPushedThenCompletesThroughLoginAndTheRequestUriWorksOnce() throws Exception {
		Client client = register();
		CodeVerifier verifier = new CodeVerifier();
		State state = new State();
		PushedAuthorizationSuccessResponse pushed = push(client, client.secret(), verifier, state)
			.toSuccessResponse();
		assertThat(pushed.getRequestURI().toString()).startsWith("urn:ietf:params:oauth:request_uri:");
		assertThat(pushed.getLifetime()).as("a short-lived request_uri (RFC 9126 section 2.2)").isBetween(1L, 600L);
		String authorize = new AuthorizationRequest.Builder(pushed.getRequestURI(), new ClientID(client.id()))
			.endpointURI(this.oauth.uri("/oauth2/authorize"))
			.build()
			.toURI()
			.toString();
		BrowserFlow browser = new BrowserFlow(this.port);

		HttpResponse<String> toLogin = browser.get(authorize);
		assertThat(BrowserFlow.location(toLogin)).contains("/login");
		HttpResponse<String> back = browser.logIn(this.name, PASSWORD, null);
		assertThat(BrowserFlow.location(back)).contains("/oauth2/authorize");
		HttpResponse<String> withCode = browser.get(BrowserFlow.location(back));
		AuthorizationResponse answer = AuthorizationResponse.parse(URI.create(BrowserFlow.location(withCode)));
		assertThat(answer.indicatesSuccess()).as(BrowserFlow.location(withCode)).isTrue();
		assertThat(answer.getState()).isEqualTo(state);
		TokenResponse tokens = this.oauth.token(client.id(), client.secret(), new AuthorizationCodeGrant(
				answer.toSuccessResponse().getAuthorizationCode(), URI.create(REDIRECT), verifier), null);
		assertThat(tokens.indicatesSuccess()).isTrue();

		HttpResponse<String> replay = browser.get(authorize);
		assertThat(BrowserFlow.location(replay)).as("a used request_uri issues no second code")
			.doesNotContain("code=");
		assertThat(replay.statusCode()).isIn(302, 400);
	}

	@Test
	void pushWhenClientSecretWrongThenInvalidClient() throws Exception {
		Client client = register();
		PushedAuthorizationResponse response = push(client, "not-the-secret", new CodeVerifier(), new State());

		assertThat(response.indicatesSuccess()).isFalse();
		assertThat(response.toErrorResponse().getErrorObject().getCode()).isEqualTo("invalid_client");
	}

	@Test
	void authorizeWhenRequestUriIsMadeUpThenNoCode() {
		Client client = register();
		BrowserFlow browser = new BrowserFlow(this.port);
		assertThat(browser.logIn(this.name, PASSWORD, null).statusCode()).isEqualTo(302);

		HttpResponse<String> response = browser.get(new AuthorizationRequest.Builder(
				URI.create("urn:ietf:params:oauth:request_uri:made-up___" + (System.currentTimeMillis() + 60_000)),
				new ClientID(client.id()))
			.endpointURI(this.oauth.uri("/oauth2/authorize"))
			.build()
			.toURI()
			.toString());

		assertThat(BrowserFlow.location(response)).doesNotContain("code=");
		assertThat(response.statusCode()).isIn(302, 400);
	}

	private PushedAuthorizationResponse push(Client client, String secret, CodeVerifier verifier, State state)
			throws Exception {
		AuthorizationRequest request = new AuthorizationRequest.Builder(new ResponseType("code"),
				new ClientID(client.id()))
			.redirectionURI(URI.create(REDIRECT))
			.scope(new Scope("openid"))
			.state(state)
			.codeChallenge(verifier, CodeChallengeMethod.S256)
			.build();
		return PushedAuthorizationResponse.parse(new PushedAuthorizationRequest(this.oauth.uri("/oauth2/par"),
				new ClientSecretBasic(new ClientID(client.id()), new Secret(secret)), request)
			.toHTTPRequest()
			.send());
	}

	private Client register() {
		String clientId = "par-app-" + UUID.randomUUID().toString().substring(0, 8);
		TestHttp.Response created = this.oauth.admin()
			.post("/api/oauth-clients", Map.of("clientId", clientId, "name", clientId, "clientType", "confidential",
					"grantTypes", List.of("authorization_code", "refresh_token"), "redirectUris", List.of(REDIRECT),
					"scopes", List.of("openid")));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return new Client(clientId, created.json().get("clientSecret").asString());
	}

	private record Client(String id, String secret) {
	}

}

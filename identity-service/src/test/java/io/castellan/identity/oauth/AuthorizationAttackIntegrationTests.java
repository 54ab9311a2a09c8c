package io.castellan.identity.oauth;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import io.castellan.identity.BrowserFlow;
import io.castellan.identity.IdentityIntegrationTest;
import io.castellan.identity.OAuthTestClient;
import io.castellan.platform.test.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an attacker tries against the authorization code flow: an unregistered redirect URI, a code redeemed for
 * another redirect URI or twice, a public client without PKCE, another client's refresh token.
 */
@IdentityIntegrationTest
class AuthorizationAttackIntegrationTests {

	private static final String PASSWORD = "an attacker will not guess this";

	private static final String REDIRECT = "http://localhost:8999/callback";

	private static final String OTHER_REDIRECT = "http://localhost:8999/other";

	@LocalServerPort
	int port;

	private OAuthTestClient oauth;

	private String name;

	@BeforeEach
	void setUp() {
		this.oauth = new OAuthTestClient(this.port);
		this.name = "eve-target-" + UUID.randomUUID().toString().substring(0, 8);
		TestHttp.Response principal = this.oauth.admin()
			.post("/api/principals", Map.of("kind", "human", "name", this.name, "password", PASSWORD));
		assertThat(principal.status()).as(principal.toString()).isEqualTo(201);
	}

	@Test
	void authorizeWhenRedirectUriNotRegisteredThenErrorAndNoRedirectToIt() {
		Client client = register("confidential");
		BrowserFlow browser = loggedIn();
		HttpResponse<String> response = browser.get(authorize(client.id(), "https://evil.example/steal",
				new CodeVerifier()));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(BrowserFlow.location(response)).doesNotContain("evil.example");
	}

	@Test
	void tokenWhenRedirectUriDiffersFromTheAuthorizationRequestThenInvalidGrant() {
		Client client = register("confidential");
		CodeVerifier verifier = new CodeVerifier();
		AuthorizationCode code = code(loggedIn(), client.id(), verifier);
		TokenResponse response = this.oauth.token(client.id(), client.secret(),
				new AuthorizationCodeGrant(code, URI.create(OTHER_REDIRECT), verifier), null);
		assertThat(((TokenErrorResponse) response).getErrorObject().getCode()).isEqualTo("invalid_grant");
	}

	@Test
	void tokenWhenCodeReplayedThenRefusedAndTheFirstTokensRevoked() throws Exception {
		Client client = register("confidential");
		CodeVerifier verifier = new CodeVerifier();
		AuthorizationCode code = code(loggedIn(), client.id(), verifier);
		AuthorizationCodeGrant grant = new AuthorizationCodeGrant(code, URI.create(REDIRECT), verifier);
		TokenResponse first = this.oauth.token(client.id(), client.secret(), grant, null);
		assertThat(first.indicatesSuccess()).isTrue();

		TokenResponse replay = this.oauth.token(client.id(), client.secret(), grant, null);

		assertThat(((TokenErrorResponse) replay).getErrorObject().getCode()).isEqualTo("invalid_grant");
		TokenResponse refresh = this.oauth.token(client.id(), client.secret(),
				new RefreshTokenGrant(first.toSuccessResponse().getTokens().getRefreshToken()), null);
		assertThat(refresh.indicatesSuccess()).as("RFC 6749 section 4.1.2: tokens of a replayed code are revoked")
			.isFalse();
	}

	@Test
	void authorizeWhenPublicClientSendsNoPkceThenRefused() throws Exception {
		Client client = register("public");
		AuthorizationRequest request = new AuthorizationRequest.Builder(new ResponseType("code"),
				new ClientID(client.id()))
			.endpointURI(this.oauth.uri("/oauth2/authorize"))
			.redirectionURI(URI.create(REDIRECT))
			.scope(new Scope("openid"))
			.state(new State())
			.build();
		HttpResponse<String> response = loggedIn().get(request.toURI().toString());
		assertThat(response.statusCode()).isEqualTo(302);
		AuthorizationResponse answer = AuthorizationResponse.parse(URI.create(BrowserFlow.location(response)));
		assertThat(answer.indicatesSuccess()).isFalse();
		assertThat(answer.toErrorResponse().getErrorObject().getCode()).isEqualTo("invalid_request");
	}

	@Test
	void refreshWhenPresentedByAnotherClientThenRefused() {
		Client owner = register("confidential");
		Client thief = register("confidential");
		TokenResponse tokens = new BrowserFlow(this.port).codeFlow(owner.id(), owner.secret(), REDIRECT, "openid",
				this.name, PASSWORD);
		TokenResponse stolen = this.oauth.token(thief.id(), thief.secret(),
				new RefreshTokenGrant(tokens.toSuccessResponse().getTokens().getRefreshToken()), null);
		assertThat(stolen.indicatesSuccess()).isFalse();
		assertThat(((TokenErrorResponse) stolen).getErrorObject().getCode()).isIn("invalid_grant", "invalid_client");
	}

	private BrowserFlow loggedIn() {
		BrowserFlow browser = new BrowserFlow(this.port);
		assertThat(browser.logIn(this.name, PASSWORD, null).statusCode()).isEqualTo(302);
		return browser;
	}

	private String authorize(String clientId, String redirectUri, CodeVerifier verifier) {
		return new AuthorizationRequest.Builder(new ResponseType("code"), new ClientID(clientId))
			.endpointURI(this.oauth.uri("/oauth2/authorize"))
			.redirectionURI(URI.create(redirectUri))
			.scope(new Scope("openid"))
			.state(new State())
			.codeChallenge(verifier, CodeChallengeMethod.S256)
			.build()
			.toURI()
			.toString();
	}

	private AuthorizationCode code(BrowserFlow browser, String clientId, CodeVerifier verifier) {
		HttpResponse<String> response = browser.get(authorize(clientId, REDIRECT, verifier));
		try {
			AuthorizationResponse answer = AuthorizationResponse.parse(URI.create(BrowserFlow.location(response)));
			return answer.toSuccessResponse().getAuthorizationCode();
		}
		catch (com.nimbusds.oauth2.sdk.ParseException ex) {
			throw new IllegalStateException(response.statusCode() + " " + BrowserFlow.location(response), ex);
		}
	}

	private Client register(String type) {
		String clientId = "app-" + UUID.randomUUID().toString().substring(0, 8);
		TestHttp.Response created = this.oauth.admin()
			.post("/api/oauth-clients", Map.of("clientId", clientId, "name", clientId, "clientType", type,
					"grantTypes", List.of("authorization_code", "refresh_token"), "redirectUris",
					List.of(REDIRECT, OTHER_REDIRECT), "scopes", List.of("openid")));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return new Client(clientId, created.json().has("clientSecret")
				? created.json().get("clientSecret").asString() : null);
	}

	private record Client(String id, String secret) {
	}

}

package io.castellan.identity.login;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenIntrospectionRequest;
import com.nimbusds.oauth2.sdk.TokenIntrospectionResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.token.Tokens;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import io.castellan.identity.AdminClient;
import io.castellan.identity.BrowserFlow;
import io.castellan.identity.IdentityIntegrationTest;
import io.castellan.platform.test.TestHttp;
import io.castellan.platform.test.TestKafka;
import io.castellan.platform.events.CloudEventHeaders;
import io.castellan.schemas.EventTypes;
import io.castellan.schemas.identity.SessionRevoked;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Authorization code + PKCE through the login page, driven by the Nimbus SDK, and the session it creates: listed
 * as current, and once revoked, its refresh token and introspection die with it and the browser must log in again.
 */
@IdentityIntegrationTest
class CodeFlowSessionIntegrationTests {

	private static final String PASSWORD = "a perfectly fine passphrase";

	private static final String REDIRECT = "http://localhost:8999/callback";

	@LocalServerPort
	int port;

	private TestHttp admin;

	private String clientId;

	private String clientSecret;

	private String principalId;

	private String name;

	@BeforeEach
	void setUp() {
		this.admin = AdminClient.http(this.port);
		TestHttp.Response client = this.admin.post("/api/oauth-clients",
				Map.of("name", "web app", "clientType", "confidential", "grantTypes",
						List.of("authorization_code", "refresh_token"), "redirectUris", List.of(REDIRECT), "scopes",
						List.of("openid", "profile")));
		assertThat(client.status()).as(client.toString()).isEqualTo(201);
		this.clientId = client.json().get("clientId").asString();
		this.clientSecret = client.json().get("clientSecret").asString();
		this.name = "rui-" + UUID.randomUUID().toString().substring(0, 8);
		this.principalId = this.admin
			.post("/api/principals", Map.of("kind", "human", "name", this.name, "password", PASSWORD))
			.json()
			.get("id")
			.asString();
	}

	@Test
	void codeFlowWhenLoggedInThroughThePageThenTokensNameThePrincipalAndItsSession() throws Exception {
		BrowserFlow browser = new BrowserFlow(this.port);
		TokenResponse response = browser.codeFlow(this.clientId, this.clientSecret, REDIRECT, "openid profile",
				this.name, PASSWORD);

		assertThat(response.indicatesSuccess()).as(String.valueOf(response)).isTrue();
		OIDCTokenResponse oidc = OIDCTokenResponse.parse(response.toSuccessResponse().toJSONObject());
		SignedJWT access = SignedJWT.parse(oidc.getOIDCTokens().getAccessToken().getValue());
		assertThat(access.getJWTClaimsSet().getSubject()).isEqualTo(this.principalId);
		assertThat(access.getJWTClaimsSet().getStringClaim("tenant_id")).isEqualTo("platform");
		String sid = access.getJWTClaimsSet().getStringClaim("sid");
		assertThat(sid).isNotBlank();
		assertThat(oidc.getOIDCTokens().getIDToken().getJWTClaimsSet().getSubject()).isEqualTo(this.principalId);
		// What a relying party does by default: the ID token is RS256, checked against the JWKS; access tokens
		// are ES256, for the platform's own resource servers.
		IDTokenValidator validator = new IDTokenValidator(new Issuer(IdentityIntegrationTest.ISSUER),
				new ClientID(this.clientId), JWSAlgorithm.RS256,
				URI.create("http://localhost:" + this.port + "/oauth2/jwks").toURL());
		assertThat(validator.validate(oidc.getOIDCTokens().getIDToken(), null).getSubject().getValue())
			.isEqualTo(this.principalId);
		assertThat(access.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);

		TestHttp.Response sessions = TestHttp.at(this.port)
			.as(oidc.getOIDCTokens().getAccessToken().getValue())
			.get("/api/sessions");
		assertThat(sessions.status()).as(sessions.toString()).isEqualTo(200);
		assertThat(sessions.json().get("items").get(0).get("id").asString()).isEqualTo(sid);
		assertThat(sessions.json().get("items").get(0).get("current").asBoolean()).isTrue();
	}

	@Test
	void sessionWhenRevokedThenRefreshAndIntrospectionFailAndTheBrowserMustLogInAgain() throws Exception {
		BrowserFlow browser = new BrowserFlow(this.port);
		Tokens tokens = browser
			.codeFlow(this.clientId, this.clientSecret, REDIRECT, "openid", this.name, PASSWORD)
			.toSuccessResponse()
			.getTokens();
		String sid = SignedJWT.parse(tokens.getAccessToken().getValue()).getJWTClaimsSet().getStringClaim("sid");
		assertThat(introspect(tokens.getAccessToken().getValue())).isTrue();

		TestHttp.Response revoked = TestHttp.at(this.port)
			.as(tokens.getAccessToken().getValue())
			.delete("/api/sessions/" + sid);
		assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);

		assertThat(introspect(tokens.getAccessToken().getValue())).isFalse();
		TestHttp.Response refused = TestHttp.at(this.port).as(tokens.getAccessToken().getValue()).get("/api/sessions");
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.json().get("code").asString()).isEqualTo("token_invalid");
		TokenResponse refreshed = TokenResponse.parse(new TokenRequest(endpoint("/oauth2/token"),
				new ClientSecretBasic(new ClientID(this.clientId), new Secret(this.clientSecret)),
				new RefreshTokenGrant(tokens.getRefreshToken()))
			.toHTTPRequest()
			.send());
		assertThat(refreshed.indicatesSuccess()).isFalse();
		HttpResponse<String> again = browser.get("/oauth2/authorize?response_type=code&client_id=" + this.clientId
				+ "&redirect_uri=" + REDIRECT + "&scope=openid&code_challenge_method=S256&code_challenge="
				+ "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
		assertThat(BrowserFlow.location(again)).contains("/login");
		await().untilAsserted(() -> assertThat(TestKafka.records(EventTypes.IDENTITY_TOPIC)).anySatisfy((record) -> {
			assertThat(TestKafka.header(record, CloudEventHeaders.TYPE)).isEqualTo(SessionRevoked.TYPE);
			assertThat(TestKafka.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(sid);
		}));
	}

	@Test
	void sessionsOfAnotherPrincipalWhenNotAdminThenLookAbsent() {
		TestHttp.Response response = TestHttp.at(this.port)
			.as(AdminClient.token(this.port))
			.delete("/api/sessions/" + UUID.randomUUID());
		assertThat(response.status()).isEqualTo(404);
	}

	private boolean introspect(String token) throws Exception {
		TokenIntrospectionResponse response = TokenIntrospectionResponse.parse(new TokenIntrospectionRequest(
				endpoint("/oauth2/introspect"),
				new ClientSecretBasic(new ClientID(this.clientId), new Secret(this.clientSecret)),
				new com.nimbusds.oauth2.sdk.token.BearerAccessToken(token))
			.toHTTPRequest()
			.send());
		return response.toSuccessResponse().isActive();
	}

	private URI endpoint(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}

package io.castellan.identity.oauth;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenIntrospectionRequest;
import com.nimbusds.oauth2.sdk.TokenIntrospectionResponse;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.oauth2.sdk.token.TokenTypeURI;
import com.nimbusds.oauth2.sdk.token.Tokens;
import com.nimbusds.oauth2.sdk.tokenexchange.TokenExchangeGrant;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import io.castellan.identity.BrowserFlow;
import io.castellan.identity.IdentityIntegrationTest;
import io.castellan.identity.OAuthTestClient;
import io.castellan.platform.events.CloudEventHeaders;
import io.castellan.platform.test.TestHttp;
import io.castellan.platform.test.TestKafka;
import io.castellan.schemas.EventTypes;
import io.castellan.schemas.identity.RefreshTokenReuseDetected;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tokens of a person who logged in through the login page (authorization code + PKCE, Nimbus SDK): refresh
 * rotation and reuse detection, userinfo, and token exchange with a user's token as the subject.
 */
@IdentityIntegrationTest
class UserTokenIntegrationTests {

	private static final String PASSWORD = "a perfectly fine passphrase";

	private static final String REDIRECT = "http://127.0.0.1:8999/callback";

	private static final String LOGGED_OUT = "http://127.0.0.1:8999/bye";

	@LocalServerPort
	int port;

	private OAuthTestClient oauth;

	private String clientId;

	private String clientSecret;

	private String principalId;

	private String name;

	@BeforeEach
	void setUp() {
		this.oauth = new OAuthTestClient(this.port);
		TestHttp admin = this.oauth.admin();
		this.clientId = "web-" + UUID.randomUUID().toString().substring(0, 8);
		TestHttp.Response client = admin.post("/api/oauth-clients", Map.of("clientId", this.clientId, "name",
				"Web app", "clientType", "confidential", "grantTypes",
				List.of("authorization_code", "refresh_token", "urn:ietf:params:oauth:grant-type:token-exchange"),
				"redirectUris", List.of(REDIRECT), "postLogoutRedirectUris", List.of(LOGGED_OUT), "scopes",
				List.of("openid", "profile", "orders.read")));
		assertThat(client.status()).as(client.toString()).isEqualTo(201);
		this.clientSecret = client.json().get("clientSecret").asString();
		this.name = "ana-" + UUID.randomUUID().toString().substring(0, 8);
		TestHttp.Response principal = admin.post("/api/principals",
				Map.of("kind", "human", "name", this.name, "password", PASSWORD));
		assertThat(principal.status()).as(principal.toString()).isEqualTo(201);
		this.principalId = principal.json().get("id").asString();
	}

	@Test
	void refreshWhenUsedThenRotatedAndWhenOldOneReplayedThenWholeFamilyRevoked() throws Exception {
		Tokens first = logIn("openid orders.read");
		assertThat(SignedJWT.parse(first.getAccessToken().getValue()).getJWTClaimsSet().getSubject())
			.isEqualTo(this.principalId);

		Tokens second = token(new RefreshTokenGrant(first.getRefreshToken()));
		assertThat(second.getRefreshToken()).isNotEqualTo(first.getRefreshToken());
		assertThat(introspect(second.getAccessToken().getValue())).isTrue();

		TokenResponse replay = this.oauth.token(this.clientId, this.clientSecret,
				new RefreshTokenGrant(first.getRefreshToken()), null);
		assertThat(((TokenErrorResponse) replay).getErrorObject().getCode()).isEqualTo("invalid_grant");
		TokenResponse newest = this.oauth.token(this.clientId, this.clientSecret,
				new RefreshTokenGrant(second.getRefreshToken()), null);
		assertThat(((TokenErrorResponse) newest).getErrorObject().getCode())
			.as("the thief's replay revoked the legitimate holder's tokens too")
			.isEqualTo("invalid_grant");
		assertThat(introspect(second.getAccessToken().getValue())).isFalse();

		ConsumerRecord<String, byte[]> event = await().atMost(Duration.ofSeconds(20))
			.until(() -> TestKafka.records(EventTypes.IDENTITY_TOPIC)
				.stream()
				.filter((record) -> RefreshTokenReuseDetected.TYPE
					.equals(TestKafka.header(record, CloudEventHeaders.TYPE))
						&& this.principalId.equals(TestKafka.header(record, CloudEventHeaders.SUBJECT)))
				.findFirst()
				.orElse(null), (record) -> record != null);
		String payload = new String(event.value(), StandardCharsets.UTF_8);
		assertThat(payload).contains(this.clientId)
			.doesNotContain(first.getRefreshToken().getValue())
			.doesNotContain(second.getRefreshToken().getValue());
	}

	@Test
	void refreshWhenRotatedTokenRevokedNormallyThenNewestStillWorks() {
		Tokens first = logIn("openid");
		Tokens second = token(new RefreshTokenGrant(first.getRefreshToken()));
		Tokens third = token(new RefreshTokenGrant(second.getRefreshToken()));
		assertThat(third.getAccessToken()).isNotNull();
	}

	@Test
	void userinfoWhenOpenidTokenThenSubjectIsThePrincipal() throws Exception {
		Tokens tokens = logIn("openid profile");
		UserInfoResponse response = UserInfoResponse.parse(new UserInfoRequest(this.oauth.uri("/userinfo"),
				new BearerAccessToken(tokens.getAccessToken().getValue()))
			.toHTTPRequest()
			.send());
		assertThat(response.indicatesSuccess()).as(String.valueOf(response)).isTrue();
		assertThat(response.toSuccessResponse().getUserInfo().getSubject().getValue()).isEqualTo(this.principalId);
	}

	@Test
	void logoutWhenRelyingPartyEndsTheSessionThenRedirectedAndTheBrowserMustLogInAgain() {
		BrowserFlow browser = new BrowserFlow(this.port);
		TokenResponse response = browser.codeFlow(this.clientId, this.clientSecret, REDIRECT, "openid", this.name,
				PASSWORD);
		String idToken = (String) response.toSuccessResponse().getCustomParameters().get("id_token");
		assertThat(idToken).isNotBlank();

		var loggedOut = browser.get("/connect/logout?id_token_hint=" + idToken + "&client_id=" + this.clientId
				+ "&post_logout_redirect_uri=" + LOGGED_OUT + "&state=s1");

		assertThat(loggedOut.statusCode()).as(loggedOut.body()).isEqualTo(302);
		assertThat(BrowserFlow.location(loggedOut)).isEqualTo(LOGGED_OUT + "?state=s1");
		assertThat(BrowserFlow.location(browser.get("/activate"))).contains("/login");
	}

	@Test
	void tokenExchangeWhenUserTokenAndActorThenTokenForTheUserNamingTheActor() throws Exception {
		Tokens user = logIn("openid orders.read");
		String actorToken = logIn("orders.read").getAccessToken().getValue();

		Tokens exchanged = token(new TokenExchangeGrant(user.getAccessToken(), TokenTypeURI.ACCESS_TOKEN,
				new BearerAccessToken(actorToken), TokenTypeURI.ACCESS_TOKEN, null, null));

		JWTClaimsSet claims = SignedJWT.parse(exchanged.getAccessToken().getValue()).getJWTClaimsSet();
		assertThat(claims.getSubject()).isEqualTo(this.principalId);
		assertThat(claims.getJSONObjectClaim("act")).containsEntry("sub", this.principalId);
		assertThat(introspect(exchanged.getAccessToken().getValue())).isTrue();
		Tokens impersonation = token(new TokenExchangeGrant(user.getAccessToken(), TokenTypeURI.ACCESS_TOKEN));
		assertThat(SignedJWT.parse(impersonation.getAccessToken().getValue()).getJWTClaimsSet().getClaim("act"))
			.isNull();
	}

	@Test
	void tokenExchangeWhenSubjectTokenRevokedThenInvalidGrant() {
		Tokens user = logIn("openid orders.read");
		RefreshToken unused = user.getRefreshToken();
		assertThat(unused).isNotNull();
		var revoked = this.oauth.delete(user.getAccessToken().getValue(), "/api/sessions");
		assertThat(revoked.statusCode()).as(revoked.body()).isBetween(200, 204);
		TokenResponse refused = this.oauth.token(this.clientId, this.clientSecret,
				new TokenExchangeGrant(user.getAccessToken(), TokenTypeURI.ACCESS_TOKEN), null);
		assertThat(((TokenErrorResponse) refused).getErrorObject().getCode()).isEqualTo("invalid_grant");
	}

	private Tokens logIn(String scope) {
		TokenResponse response = new BrowserFlow(this.port).codeFlow(this.clientId, this.clientSecret, REDIRECT,
				scope, this.name, PASSWORD);
		assertThat(response.indicatesSuccess()).as(String.valueOf(response)).isTrue();
		return response.toSuccessResponse().getTokens();
	}

	private Tokens token(AuthorizationGrant grant) {
		TokenResponse response = this.oauth.token(this.clientId, this.clientSecret, grant, null);
		assertThat(response.indicatesSuccess())
			.as(() -> response.toErrorResponse().getErrorObject().toJSONObject().toString())
			.isTrue();
		return response.toSuccessResponse().getTokens();
	}

	private boolean introspect(String token) throws Exception {
		TokenIntrospectionResponse response = TokenIntrospectionResponse
			.parse(new TokenIntrospectionRequest(this.oauth.uri("/oauth2/introspect"),
					new ClientSecretBasic(new ClientID(this.clientId), new Secret(this.clientSecret)),
					new BearerAccessToken(token))
				.toHTTPRequest()
				.send());
		return response.toSuccessResponse().isActive();
	}

}

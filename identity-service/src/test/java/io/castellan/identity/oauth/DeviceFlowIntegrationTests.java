package io.castellan.identity.oauth;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.device.DeviceAuthorizationRequest;
import com.nimbusds.oauth2.sdk.device.DeviceAuthorizationResponse;
import com.nimbusds.oauth2.sdk.device.DeviceAuthorizationSuccessResponse;
import com.nimbusds.oauth2.sdk.device.DeviceCodeGrant;
import com.nimbusds.oauth2.sdk.id.ClientID;
import io.castellan.identity.BrowserFlow;
import io.castellan.identity.IdentityIntegrationTest;
import io.castellan.identity.OAuthTestClient;
import io.castellan.platform.test.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The device flow (RFC 8628) as a TV and its owner live it: the device asks for a code (Nimbus SDK), the owner
 * signs in, types the code on the verification page, approves on the consent page, and the device's polling
 * turns into tokens for the owner.
 */
@IdentityIntegrationTest
class DeviceFlowIntegrationTests {

	private static final String PASSWORD = "a television that minds its manners";

	@LocalServerPort
	int port;

	private OAuthTestClient oauth;

	private String clientId;

	private String principalId;

	private String name;

	@BeforeEach
	void setUp() {
		this.oauth = new OAuthTestClient(this.port);
		TestHttp admin = this.oauth.admin();
		TestHttp.Response client = admin.post("/api/oauth-clients",
				Map.of("name", "Living-room TV", "clientType", "public", "grantTypes",
						List.of("urn:ietf:params:oauth:grant-type:device_code", "refresh_token"), "scopes",
						List.of("tv.watch")));
		assertThat(client.status()).as(client.toString()).isEqualTo(201);
		this.clientId = client.json().get("clientId").asString();
		this.name = "viewer-" + UUID.randomUUID().toString().substring(0, 8);
		TestHttp.Response principal = admin.post("/api/principals",
				Map.of("kind", "human", "name", this.name, "password", PASSWORD));
		assertThat(principal.status()).as(principal.toString()).isEqualTo(201);
		this.principalId = principal.json().get("id").asString();
	}

	@Test
	void deviceFlowWhenOwnerApprovesThenDeviceGetsTokensForTheOwner() throws Exception {
		DeviceAuthorizationSuccessResponse device = authorizeDevice();
		assertThat(device.getVerificationURI().getPath()).isEqualTo("/activate");
		assertThat(poll(device)).isEqualTo("authorization_pending");

		BrowserFlow browser = new BrowserFlow(this.port);
		assertThat(BrowserFlow.location(browser.get("/activate"))).contains("/login");
		assertThat(browser.logIn(this.name, PASSWORD, null).statusCode()).isEqualTo(302);
		HttpResponse<String> page = browser.get("/activate?user_code=" + device.getUserCode().getValue());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("action=\"/oauth2/device_verification\"")
			.contains(device.getUserCode().getValue());
		HttpResponse<String> consent = browser
			.get("/oauth2/device_verification?user_code=" + device.getUserCode().getValue());
		assertThat(consent.statusCode()).as(consent.body()).isEqualTo(200);
		assertThat(BrowserFlow.offeredScopes(consent.body())).containsExactly("tv.watch");
		HttpResponse<String> approved = browser.post("/oauth2/device_verification",
				consentForm(consent.body(), List.of("tv.watch")));
		assertThat(BrowserFlow.location(approved)).endsWith("/activate?success");
		assertThat(browser.get("/activate?success").body()).contains("connected");

		TokenResponse tokens = TokenResponse.parse(tokenRequest(device).toHTTPRequest().send());
		assertThat(tokens.indicatesSuccess()).as(String.valueOf(tokens)).isTrue();
		SignedJWT access = SignedJWT.parse(tokens.toSuccessResponse().getTokens().getAccessToken().getValue());
		assertThat(access.getJWTClaimsSet().getSubject()).isEqualTo(this.principalId);
		assertThat(access.getJWTClaimsSet().getStringListClaim("scope")).containsExactly("tv.watch");
		assertThat(tokens.toSuccessResponse().getTokens().getRefreshToken()).isNotNull();
		assertThat(poll(device)).as("a device code is redeemed once").isIn("invalid_grant", "access_denied");
	}

	@Test
	void deviceFlowWhenOwnerDeniesThenDeviceRefused() throws Exception {
		DeviceAuthorizationSuccessResponse device = authorizeDevice();
		BrowserFlow browser = new BrowserFlow(this.port);
		browser.logIn(this.name, PASSWORD, null);
		HttpResponse<String> consent = browser
			.get("/oauth2/device_verification?user_code=" + device.getUserCode().getValue());

		browser.post("/oauth2/device_verification", consentForm(consent.body(), List.of()));

		assertThat(poll(device)).isEqualTo("access_denied");
	}

	@Test
	void verificationWhenUserCodeUnknownThenNoConsentOffered() {
		BrowserFlow browser = new BrowserFlow(this.port);
		browser.logIn(this.name, PASSWORD, null);
		HttpResponse<String> response = browser.get("/oauth2/device_verification?user_code=WRONG-CODE");
		assertThat(response.statusCode()).isNotEqualTo(200);
		assertThat(BrowserFlow.offeredScopes(response.body())).isEmpty();
	}

	private DeviceAuthorizationSuccessResponse authorizeDevice() throws Exception {
		DeviceAuthorizationResponse response = DeviceAuthorizationResponse
			.parse(new DeviceAuthorizationRequest.Builder(new ClientID(this.clientId)).scope(new Scope("tv.watch"))
				.endpointURI(this.oauth.uri("/oauth2/device_authorization"))
				.build()
				.toHTTPRequest()
				.send());
		assertThat(response.indicatesSuccess()).as(String.valueOf(response)).isTrue();
		return response.toSuccessResponse();
	}

	private TokenRequest tokenRequest(DeviceAuthorizationSuccessResponse device) {
		return new TokenRequest(this.oauth.tokenEndpoint(), new ClientID(this.clientId),
				new DeviceCodeGrant(device.getDeviceCode()));
	}

	private String poll(DeviceAuthorizationSuccessResponse device) throws Exception {
		TokenResponse response = TokenResponse.parse(tokenRequest(device).toHTTPRequest().send());
		return response.indicatesSuccess() ? "success"
				: ((TokenErrorResponse) response).getErrorObject().getCode();
	}

	private static List<Map.Entry<String, String>> consentForm(String page, List<String> scopes) {
		List<Map.Entry<String, String>> form = new ArrayList<>(List.of(
				Map.entry("client_id", BrowserFlow.hidden(page, "client_id")),
				Map.entry("state", BrowserFlow.hidden(page, "state")),
				Map.entry("user_code", BrowserFlow.hidden(page, "user_code"))));
		scopes.forEach((scope) -> form.add(Map.entry("scope", scope)));
		return form;
	}

}

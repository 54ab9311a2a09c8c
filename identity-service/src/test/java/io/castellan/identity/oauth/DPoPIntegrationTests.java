package io.castellan.identity.oauth;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenIntrospectionSuccessResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.dpop.DPoPProofFactory;
import com.nimbusds.oauth2.sdk.dpop.DefaultDPoPProofFactory;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.JWTID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.oauth2.sdk.token.AccessTokenType;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.DPoPAccessToken;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
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
 * DPoP (RFC 9449) as the Nimbus SDK does it: the token endpoint binds the access token to the key that signed the
 * proof ({@code cnf.jkt}), and identity-service's own resources accept it only with a fresh proof by that key for
 * that request. The attacks: the token as a bearer token, a proof by another key, for another URI or method, and a
 * replayed proof.
 */
@IdentityIntegrationTest
class DPoPIntegrationTests {

	private static final String API = "/api/oauth-clients";

	@LocalServerPort
	int port;

	private OAuthTestClient oauth;

	private ECKey key;

	private DPoPProofFactory proofs;

	@BeforeEach
	void setUp() throws Exception {
		this.oauth = new OAuthTestClient(this.port);
		this.key = new ECKeyGenerator(Curve.P_256).generate();
		this.proofs = new DefaultDPoPProofFactory(this.key, JWSAlgorithm.ES256);
	}

	@Test
	void discoveryWhenFetchedThenBothDocumentsListDPoPSigningAlgorithms() throws Exception {
		AuthorizationServerMetadata oauthMetadata = AuthorizationServerMetadata
			.parse(TestHttp.at(this.port).get("/.well-known/oauth-authorization-server").raw().body());
		OIDCProviderMetadata openIdMetadata = OIDCProviderMetadata
			.parse(TestHttp.at(this.port).get("/.well-known/openid-configuration").raw().body());

		assertThat(oauthMetadata.getDPoPJWSAlgs()).contains(JWSAlgorithm.ES256, JWSAlgorithm.RS256);
		assertThat(openIdMetadata.getDPoPJWSAlgs()).contains(JWSAlgorithm.ES256, JWSAlgorithm.RS256);
	}

	@Test
	void clientCredentialsWhenProofSentThenDPoPBoundTokenThatTheApiAcceptsWithAProof() throws Exception {
		AccessToken token = adminToken(this.proofs);

		assertThat(token.getType()).isEqualTo(AccessTokenType.DPOP);
		Map<String, Object> cnf = SignedJWT.parse(token.getValue()).getJWTClaimsSet().getJSONObjectClaim("cnf");
		assertThat(cnf).containsEntry("jkt", this.key.computeThumbprint().toString());
		assertThat(call("GET", API, token, this.proofs.createDPoPJWT("GET", uri(API), token)).getStatusCode())
			.isEqualTo(200);
	}

	@Test
	void introspectWhenClientCredentialsTokenIsDPoPBoundThenTypeAndConfirmationShown() throws Exception {
		AccessToken token = adminToken(this.proofs);

		TokenIntrospectionSuccessResponse introspected = this.oauth.introspect(token.getValue());

		assertThat(introspected.isActive()).isTrue();
		assertThat(introspected.getTokenType()).isEqualTo(AccessTokenType.DPOP);
		assertThat(introspected.getJWKThumbprintConfirmation().getValue().toString())
			.isEqualTo(this.key.computeThumbprint().toString());
	}

	@Test
	void apiWhenDPoPBoundTokenSentAsBearerThenRefused() throws Exception {
		AccessToken token = adminToken(this.proofs);

		assertThat(call("GET", API, new BearerAccessToken(token.getValue()), null).getStatusCode()).isEqualTo(401);
		assertThat(call("GET", API, new BearerAccessToken(token.getValue()),
				this.proofs.createDPoPJWT("GET", uri(API), token))
			.getStatusCode()).isEqualTo(401);
	}

	@Test
	void apiWhenProofSignedByAnotherKeyThenRefused() throws Exception {
		AccessToken token = adminToken(this.proofs);
		DPoPProofFactory thief = new DefaultDPoPProofFactory(new ECKeyGenerator(Curve.P_256).generate(),
				JWSAlgorithm.ES256);

		assertThat(call("GET", API, token, thief.createDPoPJWT("GET", uri(API), token)).getStatusCode())
			.isEqualTo(401);
	}

	@Test
	void apiWhenProofMadeForAnotherUriOrMethodThenRefused() throws Exception {
		AccessToken token = adminToken(this.proofs);

		assertThat(call("GET", API, token, this.proofs.createDPoPJWT("GET", uri("/api/principals"), token))
			.getStatusCode()).isEqualTo(401);
		assertThat(call("GET", API, token, this.proofs.createDPoPJWT("DELETE", uri(API), token)).getStatusCode())
			.isEqualTo(401);
		assertThat(call("GET", API, token, this.proofs.createDPoPJWT("GET", uri(API))).getStatusCode())
			.as("a proof without the access token hash (ath)")
			.isEqualTo(401);
	}

	@Test
	void apiWhenProofReplayedThenRefused() throws Exception {
		AccessToken token = adminToken(this.proofs);
		SignedJWT proof = this.proofs.createDPoPJWT(new JWTID(), "GET", uri(API), new Date(), token);

		assertThat(call("GET", API, token, proof).getStatusCode()).isEqualTo(200);
		assertThat(call("GET", API, token, proof).getStatusCode()).isEqualTo(401);
	}

	@Test
	void tokenWhenProofMadeForAnotherEndpointThenInvalidDPoPProof() throws Exception {
		TokenResponse response = tokenResponse(new ClientCredentialsGrant(), IdentityIntegrationTest.ADMIN_CLIENT,
				IdentityIntegrationTest.ADMIN_SECRET, new Scope("platform.admin"),
				this.proofs.createDPoPJWT("POST", uri("/oauth2/introspect")));

		assertThat(response.indicatesSuccess()).isFalse();
		assertThat(response.toErrorResponse().getErrorObject().getCode()).isEqualTo("invalid_dpop_proof");
	}

	@Test
	void userinfoWhenCodeFlowTokenIsDPoPBoundThenOnlyWithTheProof() throws Exception {
		String redirect = "http://localhost:8999/callback";
		String clientId = "dpop-app-" + UUID.randomUUID().toString().substring(0, 8);
		TestHttp.Response client = this.oauth.admin()
			.post("/api/oauth-clients", Map.of("clientId", clientId, "name", clientId, "clientType", "confidential",
					"grantTypes", List.of("authorization_code"), "redirectUris", List.of(redirect), "scopes",
					List.of("openid")));
		assertThat(client.status()).as(client.toString()).isEqualTo(201);
		String secret = client.json().get("clientSecret").asString();
		String name = "dpop-user-" + UUID.randomUUID().toString().substring(0, 8);
		String password = "proof of possession, please";
		String principalId = this.oauth.admin()
			.post("/api/principals", Map.of("kind", "human", "name", name, "password", password))
			.json()
			.get("id")
			.asString();
		CodeVerifier verifier = new CodeVerifier();
		BrowserFlow browser = new BrowserFlow(this.port);
		String authorize = new AuthorizationRequest.Builder(new ResponseType("code"), new ClientID(clientId))
			.endpointURI(this.oauth.uri("/oauth2/authorize"))
			.redirectionURI(URI.create(redirect))
			.scope(new Scope("openid"))
			.state(new State())
			.codeChallenge(verifier, CodeChallengeMethod.S256)
			.build()
			.toURI()
			.toString();
		browser.get(authorize);
		HttpResponse<String> back = browser.logIn(name, password, null);
		AuthorizationResponse answer = AuthorizationResponse
			.parse(URI.create(BrowserFlow.location(browser.get(BrowserFlow.location(back)))));
		TokenResponse tokens = tokenResponse(
				new AuthorizationCodeGrant(answer.toSuccessResponse().getAuthorizationCode(), URI.create(redirect),
						verifier),
				clientId, secret, null, this.proofs.createDPoPJWT("POST", uri("/oauth2/token")));
		AccessToken token = tokens.toSuccessResponse().getTokens().getAccessToken();
		assertThat(token).isInstanceOf(DPoPAccessToken.class);

		HTTPRequest withProof = new UserInfoRequest(uri("/userinfo"), (DPoPAccessToken) token).toHTTPRequest();
		withProof.setDPoP(this.proofs.createDPoPJWT("GET", uri("/userinfo"), token));
		HTTPResponse answered = withProof.send();
		UserInfoResponse userInfo = UserInfoResponse.parse(answered);
		assertThat(userInfo.indicatesSuccess())
			.as(() -> answered.getStatusCode() + " " + answered.getHeaderMap() + " " + answered.getBody())
			.isTrue();
		assertThat(userInfo.toSuccessResponse().getUserInfo().getSubject().getValue()).isEqualTo(principalId);
		HTTPResponse asBearer = new UserInfoRequest(uri("/userinfo"), new BearerAccessToken(token.getValue()))
			.toHTTPRequest()
			.send();
		assertThat(asBearer.getStatusCode()).isEqualTo(401);
	}

	private AccessToken adminToken(DPoPProofFactory factory) throws Exception {
		TokenResponse response = tokenResponse(new ClientCredentialsGrant(), IdentityIntegrationTest.ADMIN_CLIENT,
				IdentityIntegrationTest.ADMIN_SECRET, new Scope("platform.admin"),
				factory.createDPoPJWT("POST", uri("/oauth2/token")));
		assertThat(response.indicatesSuccess()).as(() -> response.toErrorResponse().toJSONObject().toString())
			.isTrue();
		return response.toSuccessResponse().getTokens().getAccessToken();
	}

	private TokenResponse tokenResponse(AuthorizationGrant grant, String clientId, String secret, Scope scope,
			SignedJWT proof) throws Exception {
		HTTPRequest request = new TokenRequest(uri("/oauth2/token"),
				new ClientSecretBasic(new ClientID(clientId), new Secret(secret)), grant, scope)
			.toHTTPRequest();
		request.setDPoP(proof);
		return TokenResponse.parse(request.send());
	}

	private HTTPResponse call(String method, String path, AccessToken token, SignedJWT proof) throws Exception {
		HTTPRequest request = new HTTPRequest(HTTPRequest.Method.valueOf(method), uri(path));
		request.setAuthorization(token.toAuthorizationHeader());
		if (proof != null) {
			request.setDPoP(proof);
		}
		return request.send();
	}

	private URI uri(String path) {
		return this.oauth.uri(path);
	}

}

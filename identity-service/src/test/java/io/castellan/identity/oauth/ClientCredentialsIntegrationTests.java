package io.castellan.identity.oauth;

import java.net.URI;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import io.castellan.identity.IdentityIntegrationTest;
import io.castellan.platform.test.TestHttp;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The token server driven by an independent client library (Nimbus OAuth 2.0 SDK). */
@IdentityIntegrationTest
class ClientCredentialsIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void discoveryWhenFetchedThenDescribesTokenEndpointAndJwks() throws Exception {
		TestHttp.Response discovery = TestHttp.at(this.port).get("/.well-known/openid-configuration");
		assertThat(discovery.status()).isEqualTo(200);
		OIDCProviderMetadata metadata = OIDCProviderMetadata.parse(discovery.raw().body());
		assertThat(metadata.getIssuer().getValue()).isEqualTo(IdentityIntegrationTest.ISSUER);
		assertThat(metadata.getTokenEndpointURI()).isNotNull();
		assertThat(metadata.getJWKSetURI()).isNotNull();
	}

	@Test
	void tokenWhenBootstrapAdminCredentialsThenSignedJwtWithPlatformAdminScope() throws Exception {
		TokenResponse response = TokenResponse.parse(new TokenRequest(tokenEndpoint(),
				new ClientSecretBasic(new ClientID(IdentityIntegrationTest.ADMIN_CLIENT),
						new Secret(IdentityIntegrationTest.ADMIN_SECRET)),
				new ClientCredentialsGrant(), new Scope("platform.admin"))
			.toHTTPRequest()
			.send());

		assertThat(response.indicatesSuccess()).as(String.valueOf(response)).isTrue();
		SignedJWT jwt = SignedJWT
			.parse(response.toSuccessResponse().getTokens().getAccessToken().getValue());
		JWKSet jwks = JWKSet.load(URI.create("http://localhost:" + this.port + "/oauth2/jwks").toURL());
		assertThat(jwks.getKeyByKeyId(jwt.getHeader().getKeyID())).isNotNull();
		assertThat(jwt.getJWTClaimsSet().getStringListClaim("scope")).contains("platform.admin");
		assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo(IdentityIntegrationTest.ADMIN_CLIENT);
		assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(IdentityIntegrationTest.ISSUER);
	}

	@Test
	void tokenWhenNoScopeRequestedThenClientsRegisteredScopesGranted() throws Exception {
		TokenResponse response = TokenResponse.parse(new TokenRequest(tokenEndpoint(),
				new ClientSecretBasic(new ClientID(IdentityIntegrationTest.ADMIN_CLIENT),
						new Secret(IdentityIntegrationTest.ADMIN_SECRET)),
				new ClientCredentialsGrant(), null)
			.toHTTPRequest()
			.send());
		assertThat(response.indicatesSuccess()).as(String.valueOf(response)).isTrue();
		SignedJWT jwt = SignedJWT.parse(response.toSuccessResponse().getTokens().getAccessToken().getValue());
		assertThat(jwt.getJWTClaimsSet().getStringListClaim("scope")).containsExactlyInAnyOrder("platform.admin",
				"client.create");
	}

	@Test
	void tokenWhenUnregisteredScopeRequestedThenInvalidScope() throws Exception {
		TokenResponse response = TokenResponse.parse(new TokenRequest(tokenEndpoint(),
				new ClientSecretBasic(new ClientID(IdentityIntegrationTest.ADMIN_CLIENT),
						new Secret(IdentityIntegrationTest.ADMIN_SECRET)),
				new ClientCredentialsGrant(), new Scope("root"))
			.toHTTPRequest()
			.send());
		assertThat(((TokenErrorResponse) response).getErrorObject().getCode()).isEqualTo("invalid_scope");
	}

	@Test
	void tokenWhenWrongSecretThenInvalidClient() throws Exception {
		TokenResponse response = TokenResponse.parse(new TokenRequest(tokenEndpoint(),
				new ClientSecretBasic(new ClientID(IdentityIntegrationTest.ADMIN_CLIENT), new Secret("guess")),
				new ClientCredentialsGrant(), null)
			.toHTTPRequest()
			.send());
		assertThat(response.indicatesSuccess()).isFalse();
		assertThat(((TokenErrorResponse) response).getErrorObject().getCode()).isEqualTo("invalid_client");
	}

	@Test
	void apiWhenTokenMissingThenUnauthorizedProblem() {
		TestHttp.Response response = TestHttp.at(this.port).get("/api/principals?tenantId=x");
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().get("code").asString()).isEqualTo("token_missing");
	}

	@Test
	void healthOpenWithoutToken() {
		assertThat(TestHttp.at(this.port).get("/actuator/health/liveness").status()).isEqualTo(200);
		assertThat(TestHttp.at(this.port).get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
	}

	private URI tokenEndpoint() {
		return URI.create("http://localhost:" + this.port + "/oauth2/token");
	}

}

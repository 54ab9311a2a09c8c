package io.castellan.identity.oauth;

import java.net.URI;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenIntrospectionRequest;
import com.nimbusds.oauth2.sdk.TokenIntrospectionSuccessResponse;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.TokenRevocationRequest;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.TokenTypeURI;
import com.nimbusds.oauth2.sdk.tokenexchange.TokenExchangeGrant;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import io.castellan.identity.IdentityIntegrationTest;
import io.castellan.identity.OAuthTestClient;
import io.castellan.identity.signingkey.SigningKeySeal;
import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.events.EventPublisher;
import io.castellan.platform.test.TestEvents;
import io.castellan.platform.test.TestHttp;
import io.castellan.platform.test.TestTokens;
import io.castellan.schemas.tenant.TenantCreated;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Discovery, introspection (RFC 7662), revocation (RFC 7009), token exchange (RFC 8693) and userinfo, driven by
 * the Nimbus SDK; and the attacks each must refuse.
 */
@IdentityIntegrationTest
class TokenEndpointsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventPublisher publisher;

	@Autowired
	SigningKeySeal seal;

	private OAuthTestClient oauth;

	@BeforeEach
	void setUp() {
		this.oauth = new OAuthTestClient(this.port);
	}

	@Test
	void discoveryWhenFetchedThenEveryEndpointAndGrantAdvertised() throws Exception {
		OIDCProviderMetadata metadata = OIDCProviderMetadata
			.parse(TestHttp.at(this.port).get("/.well-known/openid-configuration").raw().body());
		assertThat(metadata.getIntrospectionEndpointURI()).isNotNull();
		assertThat(metadata.getRevocationEndpointURI()).isNotNull();
		assertThat(metadata.getUserInfoEndpointURI()).isNotNull();
		assertThat(metadata.getEndSessionEndpointURI()).isNotNull();
		assertThat(metadata.getGrantTypes()).contains(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN,
				GrantType.CLIENT_CREDENTIALS, GrantType.DEVICE_CODE, GrantType.TOKEN_EXCHANGE);
		AuthorizationServerMetadata oauthMetadata = AuthorizationServerMetadata
			.parse(TestHttp.at(this.port).get("/.well-known/oauth-authorization-server").raw().body());
		assertThat(oauthMetadata.getDeviceAuthorizationEndpointURI())
			.isEqualTo(URI.create(IdentityIntegrationTest.ISSUER + "/oauth2/device_authorization"));
		assertThat(metadata.getCodeChallengeMethods()).extracting(Object::toString).contains("S256");
	}

	@Test
	void introspectWhenActiveThenClaimsAndWhenRevokedThenInactive() throws Exception {
		Client machine = register(List.of("client_credentials"), List.of("reports.read"), null);
		String token = this.oauth.clientCredentials(machine.id(), machine.secret(), null);

		TokenIntrospectionSuccessResponse active = this.oauth.introspect(token);
		assertThat(active.isActive()).isTrue();
		assertThat(active.getSubject().getValue()).isEqualTo(machine.id());
		assertThat(active.getScope().toStringList()).containsExactly("reports.read");
		assertThat(active.getClientID().getValue()).isEqualTo(machine.id());

		HTTPResponse revoked = new TokenRevocationRequest(this.oauth.uri("/oauth2/revoke"),
				new ClientSecretBasic(new ClientID(machine.id()), new Secret(machine.secret())),
				new BearerAccessToken(token))
			.toHTTPRequest()
			.send();
		assertThat(revoked.getStatusCode()).isEqualTo(200);
		assertThat(this.oauth.introspect(token).isActive()).isFalse();
	}

	@Test
	void introspectWhenForgedExpiredOrUnknownThenInactive() throws Exception {
		assertThat(this.oauth.introspect(TestTokens.forged(IdentityIntegrationTest.ADMIN_CLIENT)).isActive())
			.isFalse();
		assertThat(this.oauth.introspect(expiredButProperlySigned()).isActive()).isFalse();
		assertThat(this.oauth.introspect("not-a-token").isActive()).isFalse();
	}

	@Test
	void introspectWhenCallerNotAuthenticatedThenRefused() throws Exception {
		HTTPResponse response = new TokenIntrospectionRequest(this.oauth.uri("/oauth2/introspect"),
				new ClientSecretBasic(new ClientID(IdentityIntegrationTest.ADMIN_CLIENT), new Secret("wrong")),
				new BearerAccessToken(this.oauth.adminToken()))
			.toHTTPRequest()
			.send();
		assertThat(response.getStatusCode()).isEqualTo(401);
	}

	@Test
	void userinfoAndApiWhenTokenForgedOrExpiredThenUnauthorized() throws Exception {
		for (String token : List.of(TestTokens.forged(IdentityIntegrationTest.ADMIN_CLIENT),
				expiredButProperlySigned())) {
			HTTPResponse userinfo = new UserInfoRequest(this.oauth.uri("/userinfo"), new BearerAccessToken(token))
				.toHTTPRequest()
				.send();
			assertThat(userinfo.getStatusCode()).isEqualTo(401);
			TestHttp.Response api = TestHttp.at(this.port).as(token).get("/api/oauth-clients");
			assertThat(api.status()).isEqualTo(401);
			assertThat(api.json().get("code").asString()).isEqualTo("token_invalid");
		}
	}

	@Test
	void tokenWhenUnknownClientOrWrongSecretThenInvalidClient() {
		for (TokenResponse response : List.of(
				this.oauth.token("no-such-client", "whatever", new com.nimbusds.oauth2.sdk.ClientCredentialsGrant(),
						null),
				this.oauth.token(IdentityIntegrationTest.ADMIN_CLIENT, "wrong-secret",
						new com.nimbusds.oauth2.sdk.ClientCredentialsGrant(), null))) {
			assertThat(((TokenErrorResponse) response).getErrorObject().getCode()).isEqualTo("invalid_client");
		}
	}

	@Test
	void tokenExchangeWhenSubjectTokenForgedOrWithoutPrincipalOrClientLacksGrantThenRefused() {
		Client gateway = register(List.of("urn:ietf:params:oauth:grant-type:token-exchange"), List.of("x"), null);
		Client plain = register(List.of("client_credentials"), List.of("x"), null);
		String subjectToken = this.oauth.clientCredentials(plain.id(), plain.secret(), null);

		TokenResponse forged = this.oauth.token(gateway.id(), gateway.secret(),
				new TokenExchangeGrant(new BearerAccessToken(TestTokens.forged("someone")), TokenTypeURI.ACCESS_TOKEN),
				null);
		TokenResponse notAllowed = this.oauth.token(plain.id(), plain.secret(),
				new TokenExchangeGrant(new BearerAccessToken(subjectToken), TokenTypeURI.ACCESS_TOKEN), null);
		// RFC 8693 section 1.1: impersonation and delegation need a principal behind the subject token
		TokenResponse noPrincipal = this.oauth.token(gateway.id(), gateway.secret(),
				new TokenExchangeGrant(new BearerAccessToken(subjectToken), TokenTypeURI.ACCESS_TOKEN), null);

		assertThat(((TokenErrorResponse) forged).getErrorObject().getCode()).isEqualTo("invalid_grant");
		assertThat(((TokenErrorResponse) notAllowed).getErrorObject().getCode()).isEqualTo("unauthorized_client");
		assertThat(((TokenErrorResponse) noPrincipal).getErrorObject().getCode()).isEqualTo("invalid_grant");
	}

	@Test
	void tokenWhenClientBelongsToTenantThenTenantIdClaim() throws Exception {
		String tenantId = UUID.randomUUID().toString();
		String consistency = TestEvents.publish(this.publisher, new TenantCreated(tenantId, "T", "t-"
				+ tenantId.substring(0, 8), "active", "test", Instant.now())).encode();
		Client tenantClient = register(List.of("client_credentials"), List.of("x"),
				Map.of("tenantId", tenantId, ConsistencyToken.HEADER, consistency));
		JWTClaimsSet claims = SignedJWT
			.parse(this.oauth.clientCredentials(tenantClient.id(), tenantClient.secret(), null))
			.getJWTClaimsSet();
		assertThat(claims.getStringClaim("tenant_id")).isEqualTo(tenantId);
	}

	/** Signed with the platform's real active access-token key, but expired: only the expiry makes it invalid. */
	private String expiredButProperlySigned() throws Exception {
		Map<String, Object> key = this.jdbc
			.sql("""
					select kid, private_key from signing_key
					where retired_at is null and activated_at is not null and algorithm = 'ES256'""")
			.query()
			.singleRow();
		ECPrivateKey privateKey = (ECPrivateKey) KeyFactory.getInstance("EC")
			.generatePrivate(new PKCS8EncodedKeySpec(
					this.seal.open((String) key.get("kid"), (byte[]) key.get("private_key"))));
		Instant past = Instant.now().minusSeconds(3600);
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.ES256).keyID((String) key.get("kid")).build(),
				new JWTClaimsSet.Builder().issuer(IdentityIntegrationTest.ISSUER)
					.subject(IdentityIntegrationTest.ADMIN_CLIENT)
					.claim("scope", List.of("platform.admin", "openid"))
					.issueTime(Date.from(past))
					.expirationTime(Date.from(past.plusSeconds(300)))
					.build());
		jwt.sign(new ECDSASigner(privateKey));
		return jwt.serialize();
	}

	private Client register(List<String> grantTypes, List<String> scopes, Map<String, String> tenant) {
		String clientId = "c-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> body = new java.util.HashMap<>(Map.of("clientId", clientId, "name", clientId,
				"clientType", "confidential", "grantTypes", grantTypes, "scopes", scopes));
		TestHttp admin = this.oauth.admin();
		if (tenant != null) {
			body.put("tenantId", tenant.get("tenantId"));
			admin = admin.header(ConsistencyToken.HEADER, tenant.get(ConsistencyToken.HEADER));
		}
		TestHttp.Response created = admin.post("/api/oauth-clients", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return new Client(clientId, created.json().get("clientSecret").asString());
	}

	private static String describe(TokenResponse response) {
		return response.indicatesSuccess() ? "success"
				: response.toErrorResponse().getErrorObject().toJSONObject().toString();
	}

	private record Client(String id, String secret) {
	}

}

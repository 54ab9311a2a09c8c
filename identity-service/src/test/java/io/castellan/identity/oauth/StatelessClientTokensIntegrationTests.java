package io.castellan.identity.oauth;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.TokenIntrospectionSuccessResponse;
import com.nimbusds.oauth2.sdk.TokenRevocationRequest;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import io.castellan.identity.IdentityIntegrationTest;
import io.castellan.identity.OAuthTestClient;
import io.castellan.platform.test.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Client-credentials tokens are not stored, yet introspection (RFC 7662) and revocation (RFC 7009) answer for
 * them as for stored ones, driven by the Nimbus SDK; and a token made to look like one is refused.
 */
@IdentityIntegrationTest
class StatelessClientTokensIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private OAuthTestClient oauth;

	@BeforeEach
	void setUp() {
		this.oauth = new OAuthTestClient(this.port);
	}

	@Test
	void tokenWhenClientCredentialsThenNothingStoredAndIntrospectionAnswersFromTheToken() throws Exception {
		Machine machine = register("reports.read");
		String token = this.oauth.clientCredentials(machine.id(), machine.secret(), null);

		assertThat(storedAuthorizations(machine.id())).isZero();
		TokenIntrospectionSuccessResponse active = this.oauth.introspect(token);
		assertThat(active.isActive()).isTrue();
		assertThat(active.getSubject().getValue()).isEqualTo(machine.id());
		assertThat(active.getClientID().getValue()).isEqualTo(machine.id());
		assertThat(active.getScope().toStringList()).containsExactly("reports.read");
		assertThat(active.getIssuer().getValue()).isEqualTo(IdentityIntegrationTest.ISSUER);
		assertThat(active.getJWTID().getValue()).isEqualTo(SignedJWT.parse(token).getJWTClaimsSet().getJWTID());
		assertThat(active.getExpirationTime()).isAfter(new Date());
		assertThat(active.getTokenType().getValue()).isEqualToIgnoringCase("Bearer");
	}

	@Test
	void revokeWhenOwnerRevokesThenInactiveAndRememberedUntilExpiry() throws Exception {
		Machine machine = register("reports.read");
		String token = this.oauth.clientCredentials(machine.id(), machine.secret(), null);

		assertThat(revoke(machine, token).getStatusCode()).isEqualTo(200);

		assertThat(this.oauth.introspect(token).isActive()).isFalse();
		String jti = SignedJWT.parse(token).getJWTClaimsSet().getJWTID();
		assertThat(this.jdbc.sql("select count(*) from revoked_access_token where jti = :jti")
			.param("jti", jti)
			.query(Long.class)
			.single()).isOne();
		assertThat(storedAuthorizations(machine.id())).isZero();
	}

	@Test
	void revokeWhenAnotherClientRevokesThenTokenStaysActive() throws Exception {
		Machine owner = register("reports.read");
		Machine other = register("reports.read");
		String token = this.oauth.clientCredentials(owner.id(), owner.secret(), null);

		revoke(other, token);

		assertThat(this.oauth.introspect(token).isActive()).isTrue();
	}

	@Test
	void introspectWhenForgedTokenClaimsClientCredentialsThenInactive() throws Exception {
		Machine machine = register("reports.read");
		String real = this.oauth.clientCredentials(machine.id(), machine.secret(), null);
		SignedJWT template = SignedJWT.parse(real);
		ECKey forger = new ECKeyGenerator(Curve.P_256).generate();
		// Same claims and kid as a real token, signed with another key.
		SignedJWT forged = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(template.getHeader().getKeyID()).build(),
				new JWTClaimsSet.Builder(template.getJWTClaimsSet()).jwtID(UUID.randomUUID().toString()).build());
		forged.sign(new ECDSASigner(forger));

		assertThat(this.oauth.introspect(forged.serialize()).isActive()).isFalse();
		assertThat(TestHttp.at(this.port).as(forged.serialize()).get("/api/signing-keys").status()).isEqualTo(401);
	}

	private long storedAuthorizations(String clientId) {
		return this.jdbc.sql("select count(*) from oauth2_authorization where principal_name = :client")
			.param("client", clientId)
			.query(Long.class)
			.single();
	}

	private HTTPResponse revoke(Machine by, String token) throws Exception {
		return new TokenRevocationRequest(this.oauth.uri("/oauth2/revoke"),
				new ClientSecretBasic(new ClientID(by.id()), new Secret(by.secret())), new BearerAccessToken(token))
			.toHTTPRequest()
			.send();
	}

	private Machine register(String scope) {
		String clientId = "m-" + UUID.randomUUID().toString().substring(0, 8);
		TestHttp.Response created = this.oauth.admin()
			.post("/api/oauth-clients", Map.of("clientId", clientId, "name", clientId, "clientType", "confidential",
					"grantTypes", List.of("client_credentials"), "scopes", List.of(scope)));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return new Machine(clientId, created.json().get("clientSecret").asString());
	}

	private record Machine(String id, String secret) {
	}

}

package io.castellan.identity.oauth;

import java.net.URI;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.client.ClientInformation;
import com.nimbusds.oauth2.sdk.client.ClientInformationResponse;
import com.nimbusds.oauth2.sdk.client.ClientMetadata;
import com.nimbusds.oauth2.sdk.client.ClientRegistrationRequest;
import com.nimbusds.oauth2.sdk.client.ClientRegistrationResponse;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
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
 * Dynamic client registration (RFC 7591) as the Nimbus SDK does it: an initial access token with the
 * {@code client.create} scope, obtained by the admin client through client credentials, registers a client once;
 * the client is an ordinary event-sourced client, under the admin API's rules, with its secret hashed as theirs.
 */
@IdentityIntegrationTest
class DynamicClientRegistrationIntegrationTests {

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
	void discoveryWhenFetchedThenBothDocumentsAdvertiseTheRegistrationEndpoint() throws Exception {
		URI expected = URI.create(IdentityIntegrationTest.ISSUER + "/oauth2/register");
		AuthorizationServerMetadata oauthMetadata = AuthorizationServerMetadata
			.parse(TestHttp.at(this.port).get("/.well-known/oauth-authorization-server").raw().body());
		OIDCProviderMetadata openIdMetadata = OIDCProviderMetadata
			.parse(TestHttp.at(this.port).get("/.well-known/openid-configuration").raw().body());

		assertThat(oauthMetadata.getRegistrationEndpointURI()).isEqualTo(expected);
		assertThat(openIdMetadata.getRegistrationEndpointURI()).isEqualTo(expected);
	}

	@Test
	void registerWhenInitialTokenHasClientCreateThenAnAggregateClientThatGetsTokens() throws Exception {
		String name = "dcr-" + UUID.randomUUID().toString().substring(0, 8);

		ClientRegistrationResponse response = register(serviceClient(name), initialToken());

		assertThat(response.indicatesSuccess()).as(() -> response.toErrorResponse().getErrorObject().toString())
			.isTrue();
		ClientInformation client = ((ClientInformationResponse) response).getClientInformation();
		String clientId = client.getID().getValue();
		assertThat(client.getSecret()).isNotNull();
		assertThat(this.oauth.clientCredentials(clientId, client.getSecret().getValue(), null)).isNotBlank();
		TestHttp.Response stored = this.oauth.admin().get("/api/oauth-clients/" + clientId);
		assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
		assertThat(stored.json().get("name").asString()).isEqualTo(name);
		assertThat(stored.json().get("clientType").asString()).isEqualTo("confidential");
		assertThat(this.jdbc
			.sql("select s.secret_hash from oauth_client_secret s join oauth_client_v1 c on c.id = s.id"
					+ " where c.client_id = :clientId")
			.param("clientId", clientId)
			.query(String.class)
			.single()).as("hashed like the admin API's secrets").startsWith("{argon2}");
		assertThat(this.jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = "
				+ "(select id from oauth_client_v1 where client_id = :clientId)")
			.param("clientId", clientId)
			.query(Long.class)
			.single()).as("registered through the client aggregate").isEqualTo(1L);
	}

	@Test
	void registerWhenNoInitialTokenThenRefused() throws Exception {
		HTTPRequest request = new ClientRegistrationRequest(this.oauth.uri("/oauth2/register"),
				serviceClient("dcr-anonymous"), null)
			.toHTTPRequest();
		request.setFollowRedirects(false);

		HTTPResponse response = request.send();

		assertThat(response.getStatusCode()).isEqualTo(401);
		assertThat(response.getHeaderValue("WWW-Authenticate")).startsWith("Bearer");
	}

	@Test
	void registerWhenInitialTokenUsedTwiceThenTheSecondIsRefused() throws Exception {
		BearerAccessToken initial = initialToken();
		assertThat(register(serviceClient("dcr-first"), initial).indicatesSuccess()).isTrue();

		ClientRegistrationResponse second = register(serviceClient("dcr-second"), initial);

		assertThat(second.indicatesSuccess()).isFalse();
		assertThat(second.toErrorResponse().getErrorObject().getCode()).isEqualTo("invalid_token");
	}

	@Test
	void registerWhenTokenHasOtherScopesThenRefused() throws Exception {
		ClientRegistrationResponse response = register(serviceClient("dcr-admin"),
				new BearerAccessToken(this.oauth.adminToken()));

		assertThat(response.indicatesSuccess()).isFalse();
		assertThat(response.toErrorResponse().getErrorObject().getCode()).isEqualTo("insufficient_scope");
	}

	@Test
	void registerWhenRedirectUriIsPlainHttpOnAPublicHostThenInvalidRedirectUri() throws Exception {
		ClientMetadata metadata = new ClientMetadata();
		metadata.setName("dcr-web");
		metadata.setGrantTypes(Set.of(GrantType.AUTHORIZATION_CODE));
		metadata.setRedirectionURI(URI.create("http://app.example/callback"));

		ClientRegistrationResponse response = register(metadata, initialToken());

		assertThat(response.indicatesSuccess()).isFalse();
		assertThat(response.toErrorResponse().getErrorObject().getCode()).isEqualTo("invalid_redirect_uri");
	}

	@Test
	void registerWhenGrantTypeUnsupportedThenInvalidClientMetadata() throws Exception {
		ClientMetadata metadata = serviceClient("dcr-password");
		metadata.setGrantTypes(Set.of(GrantType.PASSWORD));

		ClientRegistrationResponse response = register(metadata, initialToken());

		assertThat(response.indicatesSuccess()).isFalse();
		assertThat(response.toErrorResponse().getErrorObject().getCode()).isEqualTo("invalid_client_metadata");
	}

	private BearerAccessToken initialToken() {
		return new BearerAccessToken(this.oauth.clientCredentials(IdentityIntegrationTest.ADMIN_CLIENT,
				IdentityIntegrationTest.ADMIN_SECRET, "client.create"));
	}

	private ClientRegistrationResponse register(ClientMetadata metadata, BearerAccessToken initial) throws Exception {
		return ClientRegistrationResponse.parse(
				new ClientRegistrationRequest(this.oauth.uri("/oauth2/register"), metadata, initial).toHTTPRequest()
					.send());
	}

	private static ClientMetadata serviceClient(String name) {
		ClientMetadata metadata = new ClientMetadata();
		metadata.setName(name);
		metadata.setGrantTypes(Set.of(GrantType.CLIENT_CREDENTIALS));
		metadata.setTokenEndpointAuthMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
		return metadata;
	}

}

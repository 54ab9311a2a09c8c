package io.castellan.identity.oauth;

import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenIntrospectionRequest;
import com.nimbusds.oauth2.sdk.TokenIntrospectionResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import io.castellan.identity.IdentityIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many more concurrent introspections than database connections: each must finish. Looking an authorization up
 * once took two connections at a time, and a full pool of requests each waiting for its second never recovered.
 */
@IdentityIntegrationTest
@TestPropertySource(properties = "spring.datasource.hikari.maximum-pool-size=3")
class IntrospectionUnderLoadIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void introspectWhenFarMoreConcurrentRequestsThanConnectionsThenAllAnswer() throws Exception {
		ClientSecretBasic admin = new ClientSecretBasic(new ClientID(IdentityIntegrationTest.ADMIN_CLIENT),
				new Secret(IdentityIntegrationTest.ADMIN_SECRET));
		AccessToken token = TokenResponse.parse(new TokenRequest(endpoint("/oauth2/token"), admin,
				new ClientCredentialsGrant(), new Scope("platform.admin"))
			.toHTTPRequest()
			.send()).toSuccessResponse().getTokens().getAccessToken();
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<Boolean>> answers = IntStream.range(0, 40)
				.mapToObj((i) -> pool.submit(() -> TokenIntrospectionResponse
					.parse(new TokenIntrospectionRequest(endpoint("/oauth2/introspect"), admin, token).toHTTPRequest()
						.send())
					.toSuccessResponse()
					.isActive()))
				.toList();
			for (Future<Boolean> answer : answers) {
				assertThat(answer.get(20, TimeUnit.SECONDS)).isTrue();
			}
		}
	}

	private URI endpoint(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}

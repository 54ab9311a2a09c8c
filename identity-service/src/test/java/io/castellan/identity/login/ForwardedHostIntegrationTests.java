package io.castellan.identity.login;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.castellan.identity.IdentityIntegrationTest;
import io.castellan.identity.OAuthTestClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind the gateway, the browser must stay on the gateway's host: identity-service builds its redirects from the
 * X-Forwarded-* headers the gateway (an internal proxy) sends.
 */
@IdentityIntegrationTest
class ForwardedHostIntegrationTests {

	private static final String REDIRECT = "http://localhost:8999/cb";

	@LocalServerPort
	int port;

	@Test
	void authorizeWhenReachedThroughTheGatewayThenLoginRedirectNamesTheGateway() throws Exception {
		String clientId = "fwd-" + UUID.randomUUID().toString().substring(0, 8);
		new OAuthTestClient(this.port).admin()
			.post("/api/oauth-clients",
					Map.of("clientId", clientId, "name", clientId, "clientType", "public", "grantTypes",
							List.of("authorization_code"), "redirectUris", List.of(REDIRECT), "scopes",
							List.of("openid")));
		String authorize = "/oauth2/authorize?response_type=code&scope=openid&client_id=" + clientId
				+ "&redirect_uri=" + REDIRECT + "&code_challenge_method=S256"
				+ "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

		HttpResponse<Void> direct = get(authorize, Map.of());
		HttpResponse<Void> forwarded = get(authorize,
				Map.of("X-Forwarded-Host", "castellan.example", "X-Forwarded-Proto", "https", "X-Forwarded-Port",
						"443"));

		assertThat(direct.statusCode()).isEqualTo(302);
		assertThat(direct.headers().firstValue("Location")).hasValue("http://localhost:" + this.port + "/login");
		assertThat(forwarded.statusCode()).isEqualTo(302);
		assertThat(forwarded.headers().firstValue("Location")).hasValue("https://castellan.example/login");
	}

	private HttpResponse<Void> get(String path, Map<String, String> headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		headers.forEach(request::header);
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding());
	}

}

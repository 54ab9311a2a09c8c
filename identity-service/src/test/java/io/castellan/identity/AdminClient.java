package io.castellan.identity;

import java.net.URI;

import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import io.castellan.platform.test.TestHttp;

/** The bootstrap admin client as tests use it: a platform-admin token from the real token endpoint. */
public final class AdminClient {

	private AdminClient() {
	}

	public static String token(int port) {
		try {
			TokenResponse response = TokenResponse.parse(new TokenRequest(
					URI.create("http://localhost:" + port + "/oauth2/token"),
					new ClientSecretBasic(new ClientID(IdentityIntegrationTest.ADMIN_CLIENT),
							new Secret(IdentityIntegrationTest.ADMIN_SECRET)),
					new ClientCredentialsGrant(), new Scope("platform.admin"))
				.toHTTPRequest()
				.send());
			return response.toSuccessResponse().getTokens().getAccessToken().getValue();
		}
		catch (Exception ex) {
			throw new IllegalStateException("No admin token", ex);
		}
	}

	public static TestHttp http(int port) {
		return TestHttp.at(port).as(token(port));
	}

}

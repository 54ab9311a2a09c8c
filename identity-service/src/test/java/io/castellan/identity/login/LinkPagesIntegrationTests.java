package io.castellan.identity.login;

import java.net.http.HttpResponse;

import io.castellan.identity.BrowserFlow;
import io.castellan.identity.IdentityIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages mailed links open: reachable without a login, spending nothing, and safe with hostile tokens. */
@IdentityIntegrationTest
class LinkPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void linkPagesWhenOpenedThenFormsPostingToThePublicEndpointsWithoutALogin() {
		BrowserFlow browser = new BrowserFlow(this.port);
		HttpResponse<String> verify = browser.get("/signup/verify?token=abc123");
		assertThat(verify.statusCode()).isEqualTo(200);
		assertThat(verify.body()).contains("/api/signup/verify", "\"abc123\"", "role=\"status\"");
		assertThat(browser.get("/password-reset?token=t").body()).contains("/api/password-resets/confirm",
				"autocomplete=\"new-password\"");
		assertThat(browser.get("/invites/accept?token=t").body()).contains("/api/invites/accept", "for=\"name\"");
	}

	@Test
	void linkPageWhenTokenHostileThenEscapedInsideTheScript() {
		HttpResponse<String> page = new BrowserFlow(this.port)
			.get("/signup/verify?token=%22%3C/script%3E%3Cscript%3Ealert(1)%3C/script%3E");
		assertThat(page.body()).doesNotContain("<script>alert(1)").contains("\\u003c");
	}

}

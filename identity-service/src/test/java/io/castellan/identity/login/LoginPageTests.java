package io.castellan.identity.login;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class LoginPageTests {

	private final LoginPage page = new LoginPage();

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "en | Your account is not a member of this organisation.",
			"nl | Je account is geen lid van deze organisatie.", "de | Ihr Konto ist kein Mitglied dieser Organisation.",
			"fr | Votre compte n&#39;est pas membre de cette organisation." })
	void renderWhenNotAMemberOfTheTenantThenItsOwnMessageInTheAskedLanguage(String language, String message) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
		request.addPreferredLocale(Locale.forLanguageTag(language));

		String html = this.page.render(request, "tenant_membership_required", 0);

		assertThat(html).contains("lang=\"" + language + "\"", "role=\"alert\"", message);
	}

}

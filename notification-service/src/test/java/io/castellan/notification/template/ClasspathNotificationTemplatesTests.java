package io.castellan.notification.template;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ClasspathNotificationTemplatesTests {

	private final NotificationTemplates templates = new ClasspathNotificationTemplates();

	@ParameterizedTest
	@CsvSource({ "en, Welcome to Castellan, Hello", "nl, Welkom bij Castellan, Hallo",
			"de, Willkommen bei Castellan, Hallo", "fr, Bienvenue sur Castellan, Bonjour" })
	void findWhenShippedLocaleThenRendersNameInSubjectAndBody(String locale, String subject, String greeting) {
		NotificationTemplate template = this.templates.find("welcome", locale).orElseThrow();

		RenderedMessage message = template.render(Map.of("name", "Zoë Ünal"));

		assertThat(template.locale()).isEqualTo(locale);
		assertThat(template.placeholders()).containsExactly("name");
		assertThat(message.subject()).isEqualTo(subject + ", Zoë Ünal");
		assertThat(message.body()).startsWith(greeting + " Zoë Ünal,\n").doesNotContain("{{");
	}

	@Test
	void findWhenLocaleMissingOrOddThenFallsBackToLanguageThenEnglish() {
		assertThat(this.templates.find("welcome", "nl_BE").orElseThrow().locale()).isEqualTo("nl");
		assertThat(this.templates.find("welcome", "pt-BR").orElseThrow().locale()).isEqualTo("en");
		assertThat(this.templates.find("welcome", null).orElseThrow().locale()).isEqualTo("en");
		assertThat(this.templates.find("welcome", "../../etc").orElseThrow().locale()).isEqualTo("en");
	}

	@Test
	void findWhenKeyUnknownOrNotAPlainNameThenEmpty() {
		assertThat(this.templates.find("no-such-template", "en")).isEmpty();
		assertThat(this.templates.find("../welcome", "en")).isEmpty();
		assertThat(this.templates.find(null, "en")).isEmpty();
	}

	@Test
	void renderWhenValueHasLineBreaksThenSubjectStaysOneLine() {
		RenderedMessage message = this.templates.find("welcome", "en")
			.orElseThrow()
			.render(Map.of("name", "Eve\r\nBcc: victim@example.com"));

		assertThat(message.subject()).doesNotContain("\r", "\n").contains("Eve Bcc:");
	}

	@Test
	void renderWhenParameterMissingThenRefused() {
		NotificationTemplate template = this.templates.find("welcome", "en").orElseThrow();

		assertThatIllegalArgumentException().isThrownBy(() -> template.render(Map.of()))
			.withMessageContaining("name");
	}

	@Test
	void parseWhenNoSubjectLineThenRefused() {
		assertThatIllegalStateException().isThrownBy(() -> ClasspathNotificationTemplates.parse("x", "en", "Hello\n\nbody"));
	}

}

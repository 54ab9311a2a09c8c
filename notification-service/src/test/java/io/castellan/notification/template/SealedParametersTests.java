package io.castellan.notification.template;

import java.util.Map;
import java.util.Set;

import io.castellan.platform.security.SealedSecrets;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SealedParametersTests {

	private final SealedParameters sealed = new SealedParameters(
			SealedSecrets.fromBase64Key("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="));

	@Test
	void revealWhenSealedForTheNotificationThenOpenedUnderItsPlainName() {
		Map.Entry<String, String> link = this.sealed.seal("n-1", "link", "https://x.test/?token=secret");

		Map<String, String> revealed = this.sealed.reveal("n-1", Map.of(link.getKey(), link.getValue(), "name", "Ann"));

		assertThat(link.getKey()).isEqualTo("link.sealed");
		assertThat(link.getValue()).doesNotContain("secret");
		assertThat(revealed).containsExactlyInAnyOrderEntriesOf(Map.of("link", "https://x.test/?token=secret", "name",
				"Ann"));
	}

	@Test
	void revealWhenSealedForAnotherNotificationThenRefused() {
		Map.Entry<String, String> link = this.sealed.seal("n-1", "link", "https://x.test/?token=secret");

		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.sealed.reveal("n-2", Map.of(link.getKey(), link.getValue())));
	}

	@Test
	void namesWhenSomeSealedThenThePlaceholdersTheyFill() {
		assertThat(SealedParameters.names(Set.of("link.sealed", "name"))).containsExactlyInAnyOrder("link", "name");
	}

}

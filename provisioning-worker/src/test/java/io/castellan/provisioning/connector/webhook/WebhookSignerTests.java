package io.castellan.provisioning.connector.webhook;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WebhookSignerTests {

	@Test
	void signWhenStandardWebhooksSpecExampleThenSpecSignature() {
		// The example of the Standard Webhooks specification and its reference libraries.
		WebhookSigner signer = new WebhookSigner("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
		assertThat(signer.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}"))
			.isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
	}

	@Test
	void signWhenSecretWithoutPrefixThenSameSignature() {
		assertThat(new WebhookSigner("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").sign("m", 1, "{}"))
			.isEqualTo(new WebhookSigner("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").sign("m", 1, "{}"));
	}

	@Test
	void createWhenSecretMissingOrNotBase64ThenRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new WebhookSigner(""));
		assertThatIllegalArgumentException().isThrownBy(() -> new WebhookSigner("whsec_not base64!"));
		assertThatIllegalArgumentException().isThrownBy(() -> new WebhookSigner("whsec_c2hvcnQ="));
	}

}

package io.castellan.platform.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SealedSecretsTests {

	private static final String KEY = Base64.getEncoder().encodeToString(bytes(32, 7));

	private static final String OTHER_KEY = Base64.getEncoder().encodeToString(bytes(32, 9));

	private final SealedSecrets secrets = SealedSecrets.fromBase64Key(KEY);

	@Test
	void unsealWhenSameKeyAndContextThenOriginalSecret() {
		String sealed = this.secrets.seal("the-token", "invite/i-1");

		assertThat(sealed).startsWith(SealedSecrets.PREFIX).doesNotContain("the-token");
		assertThat(SealedSecrets.isSealed(sealed)).isTrue();
		assertThat(this.secrets.unseal(sealed, "invite/i-1")).isEqualTo("the-token");
	}

	@Test
	void sealWhenSameSecretTwiceThenDifferentValuesFromFreshNonces() {
		assertThat(this.secrets.seal("the-token", "c")).isNotEqualTo(this.secrets.seal("the-token", "c"));
	}

	@Test
	void unsealWhenOtherContextOrKeyThenRefused() {
		String sealed = this.secrets.seal("the-token", "invite/i-1");

		assertThatIllegalArgumentException().isThrownBy(() -> this.secrets.unseal(sealed, "invite/i-2"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SealedSecrets.fromBase64Key(OTHER_KEY).unseal(sealed, "invite/i-1"));
	}

	@Test
	void unsealWhenTamperedOrMalformedThenRefused() {
		String sealed = this.secrets.seal("the-token", "c");
		char last = sealed.charAt(sealed.length() - 2);
		String tampered = sealed.substring(0, sealed.length() - 2) + ((last == 'A') ? 'B' : 'A')
				+ sealed.charAt(sealed.length() - 1);

		for (String bad : new String[] { tampered, "v1.", "v1.!!!", "v2." + sealed.substring(3), "plain", null }) {
			assertThatIllegalArgumentException().as(String.valueOf(bad)).isThrownBy(() -> this.secrets.unseal(bad, "c"));
		}
	}

	/** Pins the wire format for consumers in other languages: nonce ‖ ciphertext ‖ tag, base64url, context as AAD. */
	@Test
	void unsealWhenBuiltByHandFromTheDocumentedFormatThenOpens() throws Exception {
		byte[] nonce = bytes(12, 3);
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(KEY), "AES"),
				new GCMParameterSpec(128, nonce));
		cipher.updateAAD("ctx".getBytes(StandardCharsets.UTF_8));
		byte[] body = cipher.doFinal("hello".getBytes(StandardCharsets.UTF_8));
		String sealed = "v1." + Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(ByteBuffer.allocate(12 + body.length).put(nonce).put(body).array());

		assertThat(this.secrets.unseal(sealed, "ctx")).isEqualTo("hello");
	}

	@Test
	void fromBase64KeyWhenNotThirtyTwoBytesOrNotBase64ThenRefused() {
		String shortKey = Base64.getEncoder().encodeToString(bytes(16, 1));
		for (String bad : new String[] { shortKey, "not base64 at all!", " " }) {
			assertThatIllegalArgumentException().as(bad).isThrownBy(() -> SealedSecrets.fromBase64Key(bad));
		}
		String urlSafe = Base64.getUrlEncoder().encodeToString(bytes(32, 0xfb));
		assertThat(SealedSecrets.fromBase64Key(urlSafe).toString()).doesNotContain(urlSafe);
	}

	private static byte[] bytes(int length, int seed) {
		byte[] bytes = new byte[length];
		for (int i = 0; i < length; i++) {
			bytes[i] = (byte) (seed * 31 + i);
		}
		return bytes;
	}

}

package io.castellan.provisioning.connector.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.util.Assert;

/**
 * Signs webhook requests per the <a href="https://www.standardwebhooks.com/">Standard Webhooks</a> specification:
 * {@code webhook-signature: v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">}, keyed with the
 * base64-decoded part of a {@code whsec_...} secret. Receivers verify with any Standard Webhooks library.
 */
public final class WebhookSigner {

	private static final String SECRET_PREFIX = "whsec_";

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	/**
	 * @param secret {@code whsec_<base64>} (the prefix may be left out)
	 * @throws IllegalArgumentException when the secret is empty or not base64
	 */
	public WebhookSigner(String secret) {
		Assert.hasText(secret, "secret cannot be empty");
		String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
		byte[] bytes = Base64.getDecoder().decode(encoded);
		Assert.isTrue(bytes.length >= 16, "secret must hold at least 16 bytes of key material");
		this.key = new SecretKeySpec(bytes, ALGORITHM);
	}

	/** The {@code webhook-signature} header value. */
	public String sign(String messageId, long timestampSeconds, String body) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			byte[] signature = mac
				.doFinal((messageId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
			return "v1," + Base64.getEncoder().encodeToString(signature);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

}

package io.castellan.identity.signingkey.query;

import java.time.Instant;

/**
 * A key as the read model holds it; {@code privateKey} is null once retired.
 * @param publishedUntil when a retired key leaves the JWKS; null while active
 */
public record SigningKeyRow(String kid, String algorithm, byte[] publicKey, byte[] privateKey, Instant activatedAt,
		Instant retiredAt, Instant publishedUntil) {

	public String status(Instant now) {
		if (this.retiredAt == null) {
			return "active";
		}
		return now.isBefore(this.publishedUntil) ? "retired" : "expired";
	}

}

package io.castellan.identity.signingkey.web;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.castellan.identity.signingkey.query.SigningKeyRow;

/**
 * A signing key as the API shows it, without key material (public keys are in the JWKS).
 * @param status {@code active} (signs), {@code retired} (still in the JWKS until {@code publishedUntil}) or
 * {@code expired} (no longer published)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SigningKeyResponse(String kid, String algorithm, String status, Instant activatedAt,
		Instant retiredAt, Instant publishedUntil, String consistencyToken) {

	static SigningKeyResponse of(SigningKeyRow key, Instant now, String consistencyToken) {
		return new SigningKeyResponse(key.kid(), key.algorithm(), key.status(now), key.activatedAt(),
				key.retiredAt(), key.publishedUntil(), consistencyToken);
	}

}

package io.castellan.schemas.identity;

import java.time.Instant;

import io.castellan.schemas.PublishedEvent;

/**
 * A new token signing key became active; the previous one (if any) was retired and stays in the JWKS until the
 * tokens it signed have expired. Never carries key material: verifiers fetch public keys from the JWKS
 * (RFC 7517). Schema: {@code schemas/castellan.identity.signing_key.rotated.v1.json}.
 * @param kid the JWK key id of the new key, as in the {@code kid} header of the tokens it signs
 * @param algorithm the JWS algorithm (RFC 7518), for example {@code RS256}
 * @param previousKid the retired key, null for the platform's first key
 */
public record SigningKeyRotated(String kid, String algorithm, String previousKid, Instant activatedAt)
		implements PublishedEvent {

	public static final String TYPE = "castellan.identity.signing_key.rotated.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String tenantId() {
		return io.castellan.schemas.EventTypes.PLATFORM_TENANT;
	}

	@Override
	public String subject() {
		return this.kid;
	}

}

package io.castellan.identity.signingkey.event;

import java.time.Instant;

/**
 * Internal event: a new key signs from {@code activatedAt} on; the previous one (null for the first) was retired at
 * that moment. Never key material: that is stored beside the event. Published as
 * castellan.identity.signing_key.rotated.v1.
 */
public record SigningKeyRotated(String ringId, String kid, String algorithm, String previousKid, String rotatedBy,
		Instant activatedAt) {
}

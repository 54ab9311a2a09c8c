package io.castellan.gateway.security;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;

/**
 * A refusal that is answered with a {@code DPoP} challenge (RFC 9449 section 7.1) instead of a {@code Bearer} one:
 * the request used the {@code DPoP} scheme, or sent a DPoP-bound token as a bearer token.
 */
final class DPoPAuthenticationException extends OAuth2AuthenticationException {

	private DPoPAuthenticationException(String errorCode, String description, Throwable cause) {
		super(new OAuth2Error(errorCode, description, null), description, cause);
	}

	/** The access token itself is not acceptable: invalid, expired, not bound, or bound but sent as Bearer. */
	static DPoPAuthenticationException invalidToken(String description, Throwable cause) {
		return new DPoPAuthenticationException(OAuth2ErrorCodes.INVALID_TOKEN, description, cause);
	}

	/** The proof is missing, malformed, or does not match the request or the token. */
	static DPoPAuthenticationException invalidProof(String description, Throwable cause) {
		return new DPoPAuthenticationException(OAuth2ErrorCodes.INVALID_DPOP_PROOF, description, cause);
	}

	boolean isProofError() {
		return OAuth2ErrorCodes.INVALID_DPOP_PROOF.equals(getError().getErrorCode());
	}

}

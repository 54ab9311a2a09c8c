package io.castellan.identity.signup.command;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/** What the email verification flow fixes: its token purpose and lifetime, and the id of a principal's verification. */
public final class EmailVerificationRules {

	public static final String TOKEN_PURPOSE = "email_verification";

	public static final Duration TOKEN_LIFETIME = Duration.ofHours(24);

	private EmailVerificationRules() {
	}

	/**
	 * The verification aggregate's id for a principal. Derived, not the principal id itself: aggregate ids share
	 * one event store and the principal aggregate already uses that one.
	 */
	public static String idOf(String principalId) {
		return UUID.nameUUIDFromBytes(("email-verification:" + principalId).getBytes(StandardCharsets.UTF_8))
			.toString();
	}

}

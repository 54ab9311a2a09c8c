package io.castellan.identity.reset.command;

import java.time.Duration;

/** What the reset flow fixes: its token purpose and the 30 minutes a link works. */
public final class PasswordResetRules {

	public static final String TOKEN_PURPOSE = "password_reset";

	public static final Duration TOKEN_LIFETIME = Duration.ofMinutes(30);

	private PasswordResetRules() {
	}

}

package io.castellan.identity.invite.command;

/** What the invitation flow fixes: its token purpose and how long an invitation may live. */
public final class InviteRules {

	public static final String TOKEN_PURPOSE = "invite";

	public static final int DEFAULT_DAYS = 7;

	public static final int MAX_DAYS = 30;

	private InviteRules() {
	}

}

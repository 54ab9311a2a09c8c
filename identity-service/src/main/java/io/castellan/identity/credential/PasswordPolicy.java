package io.castellan.identity.credential;

import java.util.ArrayList;
import java.util.List;

/**
 * What a tenant asks of passwords. The built-in default is 12 characters, no class rules and the breach check on:
 * length does more for strength than class rules, which NIST SP 800-63B no longer recommends, but tenants may
 * ask for them.
 */
public record PasswordPolicy(int minLength, boolean requireLower, boolean requireUpper, boolean requireDigit,
		boolean requireSymbol, boolean checkBreached) {

	public static final int MAX_LENGTH = 128;

	public static final PasswordPolicy DEFAULT = new PasswordPolicy(12, false, false, false, false, true);

	/** The rules a password breaks, as stable codes; empty when it passes (the breach check is separate). */
	public List<String> violations(String password) {
		List<String> violations = new ArrayList<>();
		int length = password.codePointCount(0, password.length());
		if (length < this.minLength) {
			violations.add("password_too_short");
		}
		if (length > MAX_LENGTH) {
			violations.add("password_too_long");
		}
		if ((this.requireLower && password.codePoints().noneMatch(Character::isLowerCase))
				|| (this.requireUpper && password.codePoints().noneMatch(Character::isUpperCase))
				|| (this.requireDigit && password.codePoints().noneMatch(Character::isDigit))
				|| (this.requireSymbol && password.codePoints().allMatch(Character::isLetterOrDigit))) {
			violations.add("password_classes_missing");
		}
		return violations;
	}

	/** A sentence for the problem's {@code detail}. */
	public String describe() {
		StringBuilder text = new StringBuilder("Passwords need ").append(this.minLength)
			.append(" to ")
			.append(MAX_LENGTH)
			.append(" characters");
		List<String> classes = new ArrayList<>();
		if (this.requireLower) {
			classes.add("a lower-case letter");
		}
		if (this.requireUpper) {
			classes.add("an upper-case letter");
		}
		if (this.requireDigit) {
			classes.add("a digit");
		}
		if (this.requireSymbol) {
			classes.add("a symbol");
		}
		if (!classes.isEmpty()) {
			text.append(" with ").append(String.join(", ", classes));
		}
		return text.append('.').toString();
	}

}

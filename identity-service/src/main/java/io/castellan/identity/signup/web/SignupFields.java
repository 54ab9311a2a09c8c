package io.castellan.identity.signup.web;

import io.castellan.platform.web.ProblemException;

/** Rules on signup fields that Bean Validation cannot say. */
final class SignupFields {

	private SignupFields() {
	}

	/** The principal's name: the one given, or else the email address, which is unique already. */
	static String name(String name, String email) {
		String chosen = (name != null && !name.isBlank()) ? name.strip() : email;
		if (chosen.length() > 200) {
			throw ProblemException.unprocessable("principal_name_invalid", "A name is 1-200 characters.");
		}
		return chosen;
	}

}

package io.castellan.identity.principal.web;

import java.util.Map;
import java.util.regex.Pattern;

import io.castellan.platform.web.ProblemException;
import tools.jackson.databind.json.JsonMapper;

/** Rules on principal fields that Bean Validation cannot say, shared by registration and update. */
final class PrincipalFields {

	static final int MAX_ATTRIBUTES_BYTES = 16 * 1024;

	private static final Pattern ALIAS = Pattern.compile("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern UUID_SHAPED = Pattern
		.compile("^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$", Pattern.CASE_INSENSITIVE);

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+$");

	private PrincipalFields() {
	}

	/** An alias may stand where an id does, so it must never look like one. */
	static String alias(String alias) {
		if (alias == null) {
			return null;
		}
		if (!ALIAS.matcher(alias).matches() || UUID_SHAPED.matcher(alias).matches()) {
			throw ProblemException.unprocessable("principal_alias_invalid",
					"An alias is 1-63 letters, digits and inner hyphens, and is not shaped like a UUID.");
		}
		return alias;
	}

	static String name(String name) {
		if (name == null || name.isBlank() || name.length() > 200) {
			throw ProblemException.unprocessable("principal_name_invalid", "A name is 1-200 characters.");
		}
		return name.strip();
	}

	static String email(String email) {
		if (email != null && (email.length() > 320 || !EMAIL.matcher(email).matches())) {
			throw ProblemException.unprocessable("principal_email_invalid", "Not an email address: " + email);
		}
		return email;
	}

	static Map<String, Object> attributes(Map<String, Object> attributes, JsonMapper json) {
		if (attributes == null) {
			return Map.of();
		}
		if (json.writeValueAsBytes(attributes).length > MAX_ATTRIBUTES_BYTES) {
			throw ProblemException.unprocessable("principal_attributes_too_large",
					"Attributes are at most " + MAX_ATTRIBUTES_BYTES + " bytes of JSON.");
		}
		return attributes;
	}

}

package io.castellan.notification.template;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.castellan.platform.security.SealedSecrets;

/**
 * Template parameters that are secrets (a link carrying a one-time token) are kept sealed wherever a notification
 * rests, its events and the outbox included, and opened only to render the mail. Such a parameter is stored as
 * {@code <name>.sealed} (a name no placeholder can have) and fills {@code {{<name>}}}.
 */
public final class SealedParameters {

	static final String SUFFIX = ".sealed";

	private final SealedSecrets key;

	public SealedParameters(SealedSecrets key) {
		this.key = key;
	}

	/** Seals a value for one notification's parameter; answers the stored name and value. */
	public Map.Entry<String, String> seal(String notificationId, String name, String value) {
		return Map.entry(name + SUFFIX, this.key.seal(value, context(notificationId, name)));
	}

	/**
	 * The parameters with sealed ones opened under their plain names, ready to render.
	 * @throws IllegalArgumentException when a sealed value does not open (another key, another notification)
	 */
	public Map<String, String> reveal(String notificationId, Map<String, String> parameters) {
		Map<String, String> revealed = new HashMap<>();
		parameters.forEach((name, value) -> {
			if (name.endsWith(SUFFIX)) {
				String plain = name.substring(0, name.length() - SUFFIX.length());
				revealed.put(plain, this.key.unseal(value, context(notificationId, plain)));
			}
			else {
				revealed.put(name, value);
			}
		});
		return revealed;
	}

	/** The placeholder names the parameters fill, sealed ones included. */
	public static Set<String> names(Set<String> parameterNames) {
		return parameterNames.stream()
			.map((name) -> name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name)
			.collect(Collectors.toSet());
	}

	private static String context(String notificationId, String name) {
		return "castellan.notification/" + notificationId + "/" + name;
	}

}

package io.castellan.notification.template;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.Assert;

/**
 * A message template in one locale: a subject and a plain-text body with {@code {{name}}} placeholders.
 * @param key what the message is for, for example {@code welcome}
 * @param locale the locale this text is in (after any fallback)
 */
public record NotificationTemplate(String key, String locale, String subject, String body) {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_]*)\\s*}}");

	public NotificationTemplate {
		Assert.hasText(key, "key cannot be empty");
		Assert.hasText(locale, "locale cannot be empty");
		Assert.hasText(subject, "subject cannot be empty");
		Assert.notNull(body, "body cannot be null");
	}

	/** The names of the parameters the template needs. */
	public Set<String> placeholders() {
		Set<String> names = new LinkedHashSet<>();
		for (String text : new String[] { this.subject, this.body }) {
			Matcher matcher = PLACEHOLDER.matcher(text);
			while (matcher.find()) {
				names.add(matcher.group(1));
			}
		}
		return names;
	}

	/**
	 * Fills in the placeholders. Line breaks in values are flattened to spaces in the subject, so a value can never
	 * add a mail header.
	 * @throws IllegalArgumentException when a placeholder has no value
	 */
	public RenderedMessage render(Map<String, String> parameters) {
		return new RenderedMessage(fill(this.subject, parameters, true), fill(this.body, parameters, false));
	}

	private static String fill(String text, Map<String, String> parameters, boolean singleLine) {
		Matcher matcher = PLACEHOLDER.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String value = parameters.get(matcher.group(1));
			if (value == null) {
				throw new IllegalArgumentException("No value for placeholder '" + matcher.group(1) + "'");
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(singleLine ? value.replaceAll("[\\r\\n]+", " ") : value));
		}
		matcher.appendTail(out);
		return out.toString();
	}

}

package io.castellan.notification.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.SequencedSet;
import java.util.regex.Pattern;

/**
 * The templates shipped with the service: {@code notification-templates/<key>/<locale>.txt}, UTF-8, in the shape
 * of a mail: a {@code Subject:} line, a blank line, then the body. Loaded once, then cached.
 */
public final class ClasspathNotificationTemplates implements NotificationTemplates {

	private static final String ROOT = "notification-templates/";

	private static final String SUBJECT_PREFIX = "Subject: ";

	// Keys and locales become resource paths: anything else could walk out of the template folder.
	private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

	private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})*");

	private final ClassLoader classLoader;

	private final Map<String, Optional<NotificationTemplate>> cache = new ConcurrentHashMap<>();

	public ClasspathNotificationTemplates() {
		this(ClasspathNotificationTemplates.class.getClassLoader());
	}

	public ClasspathNotificationTemplates(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	@Override
	public Optional<NotificationTemplate> find(String key, String locale) {
		if (key == null || !KEY.matcher(key).matches()) {
			return Optional.empty();
		}
		for (String candidate : candidates(locale)) {
			Optional<NotificationTemplate> template = this.cache.computeIfAbsent(key + "/" + candidate,
					(path) -> load(key, candidate));
			if (template.isPresent()) {
				return template;
			}
		}
		return Optional.empty();
	}

	private static SequencedSet<String> candidates(String locale) {
		SequencedSet<String> candidates = new LinkedHashSet<>();
		String normalised = (locale != null) ? locale.toLowerCase(Locale.ROOT).replace('_', '-') : "";
		if (LOCALE.matcher(normalised).matches()) {
			candidates.add(normalised);
			int dash = normalised.indexOf('-');
			if (dash > 0) {
				candidates.add(normalised.substring(0, dash));
			}
		}
		candidates.add(FALLBACK_LOCALE);
		return candidates;
	}

	private Optional<NotificationTemplate> load(String key, String locale) {
		try (InputStream in = this.classLoader.getResourceAsStream(ROOT + key + "/" + locale + ".txt")) {
			if (in == null) {
				return Optional.empty();
			}
			return Optional.of(parse(key, locale, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static NotificationTemplate parse(String key, String locale, String text) {
		String normalised = text.replace("\r\n", "\n");
		int headerEnd = normalised.indexOf("\n\n");
		if (!normalised.startsWith(SUBJECT_PREFIX) || headerEnd < 0) {
			throw new IllegalStateException("Template " + key + "/" + locale
					+ " must start with a 'Subject: ' line followed by a blank line");
		}
		return new NotificationTemplate(key, locale, normalised.substring(SUBJECT_PREFIX.length(), headerEnd).strip(),
				normalised.substring(headerEnd + 2));
	}

}

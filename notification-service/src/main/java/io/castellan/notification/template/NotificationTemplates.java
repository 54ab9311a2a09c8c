package io.castellan.notification.template;

import java.util.Optional;

/**
 * Where templates come from. Looked up by (key, locale) with fallback: the exact locale ({@code nl-be}), then its
 * language ({@code nl}), then {@value #FALLBACK_LOCALE}. A strategy so that runtime-editable templates (a database
 * layer in front of the shipped ones) can replace the class path without touching callers.
 */
public interface NotificationTemplates {

	String FALLBACK_LOCALE = "en";

	/** The template of a key in the best available locale; empty when the key is unknown. */
	Optional<NotificationTemplate> find(String key, String locale);

}

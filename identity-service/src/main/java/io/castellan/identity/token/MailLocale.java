package io.castellan.identity.token;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The locale a mail should be written in: the one asked for, else the first of {@code Accept-Language}, else
 * English. notification-service falls back to English for locales it has no template in.
 */
public final class MailLocale {

	public static final String DEFAULT = "en";

	private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}");

	private MailLocale() {
	}

	public static String of(String requested, String acceptLanguage) {
		if (requested != null && TAG.matcher(requested).matches()) {
			return requested.toLowerCase(Locale.ROOT);
		}
		if (acceptLanguage != null && !acceptLanguage.isBlank() && acceptLanguage.length() <= 200) {
			try {
				List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
				for (Locale.LanguageRange range : ranges) {
					if (TAG.matcher(range.getRange()).matches()) {
						return range.getRange().toLowerCase(Locale.ROOT);
					}
				}
			}
			catch (IllegalArgumentException ex) {
				// A malformed header is not worth an error: the default will do.
			}
		}
		return DEFAULT;
	}

	/** Whether a requested locale is acceptable at all (null is: it means "not given"). */
	public static boolean valid(String requested) {
		return requested == null || TAG.matcher(requested).matches();
	}

}

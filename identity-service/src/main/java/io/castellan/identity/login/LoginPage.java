package io.castellan.identity.login;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The server-rendered login page: labelled fields, errors announced to screen readers, and text in English, Dutch,
 * German or French by {@code Accept-Language}. Small enough that a template engine would add more than it saves.
 */
@Component
class LoginPage {

	private static final Map<String, Map<String, String>> TEXT = Map.of("en",
			Map.ofEntries(Map.entry("title", "Sign in"), Map.entry("identifier", "Email, name or alias"),
					Map.entry("password", "Password"), Map.entry("tenant", "Organisation (optional)"),
					Map.entry("submit", "Sign in"), Map.entry("invalid_credentials", "Those credentials are not valid."),
					Map.entry("principal_not_active", "This account is not active."),
					Map.entry("tenant_not_active", "This organisation is not active."),
					Map.entry("tenant_membership_required", "Your account is not a member of this organisation."),
					Map.entry("login_locked", "Too many failed attempts. Try again in %d minutes."),
					Map.entry("email_verification_required",
							"Confirm your email first: follow the link we sent you.")),
			"nl",
			Map.ofEntries(Map.entry("title", "Inloggen"), Map.entry("identifier", "E-mail, naam of alias"),
					Map.entry("password", "Wachtwoord"), Map.entry("tenant", "Organisatie (optioneel)"),
					Map.entry("submit", "Inloggen"), Map.entry("invalid_credentials", "Deze gegevens zijn niet geldig."),
					Map.entry("principal_not_active", "Dit account is niet actief."),
					Map.entry("tenant_not_active", "Deze organisatie is niet actief."),
					Map.entry("tenant_membership_required", "Je account is geen lid van deze organisatie."),
					Map.entry("login_locked", "Te veel mislukte pogingen. Probeer het over %d minuten opnieuw."),
					Map.entry("email_verification_required",
							"Bevestig eerst je e-mailadres via de link die we je stuurden.")),
			"de",
			Map.ofEntries(Map.entry("title", "Anmelden"), Map.entry("identifier", "E-Mail, Name oder Alias"),
					Map.entry("password", "Passwort"), Map.entry("tenant", "Organisation (optional)"),
					Map.entry("submit", "Anmelden"), Map.entry("invalid_credentials", "Diese Anmeldedaten sind ungültig."),
					Map.entry("principal_not_active", "Dieses Konto ist nicht aktiv."),
					Map.entry("tenant_not_active", "Diese Organisation ist nicht aktiv."),
					Map.entry("tenant_membership_required", "Ihr Konto ist kein Mitglied dieser Organisation."),
					Map.entry("login_locked", "Zu viele Fehlversuche. Versuchen Sie es in %d Minuten erneut."),
					Map.entry("email_verification_required",
							"Bestätigen Sie zuerst Ihre E-Mail über den zugesandten Link.")),
			"fr",
			Map.ofEntries(Map.entry("title", "Connexion"), Map.entry("identifier", "E-mail, nom ou alias"),
					Map.entry("password", "Mot de passe"), Map.entry("tenant", "Organisation (facultatif)"),
					Map.entry("submit", "Se connecter"),
					Map.entry("invalid_credentials", "Ces identifiants ne sont pas valides."),
					Map.entry("principal_not_active", "Ce compte n'est pas actif."),
					Map.entry("tenant_not_active", "Cette organisation n'est pas active."),
					Map.entry("tenant_membership_required", "Votre compte n'est pas membre de cette organisation."),
					Map.entry("login_locked", "Trop de tentatives échouées. Réessayez dans %d minutes."),
					Map.entry("email_verification_required", "Confirmez d'abord votre e-mail grâce au lien envoyé.")));

	String render(HttpServletRequest request, String errorCode, long retryAfterSeconds) {
		String language = language(request);
		Map<String, String> text = TEXT.get(language);
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		String error = "";
		if (errorCode != null) {
			String message = text.getOrDefault(errorCode, text.get("invalid_credentials"))
				.formatted(Math.max(1, (retryAfterSeconds + 59) / 60));
			error = "<p id=\"error\" class=\"error\" role=\"alert\">" + e(message) + "</p>";
		}
		String csrfField = (csrf != null) ? "<input type=\"hidden\" name=\"" + e(csrf.getParameterName()) + "\" value=\""
				+ e(csrf.getToken()) + "\">" : "";
		String described = (errorCode != null) ? " aria-describedby=\"error\" aria-invalid=\"true\"" : "";
		return """
				<!DOCTYPE html>
				<html lang="%1$s">
				<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%2$s · Castellan</title>
				<style>body{font-family:system-ui,sans-serif;max-width:24rem;margin:4rem auto;padding:0 1rem}
				label{display:block;margin-top:1rem}input{width:100%%;padding:.5rem;font-size:1rem}
				button{margin-top:1.5rem;padding:.6rem 1.2rem;font-size:1rem}.error{color:#a00000}</style></head>
				<body><main><h1>%2$s</h1>%3$s
				<form method="post" action="%8$s/login">%4$s
				<label for="identifier">%5$s</label>
				<input id="identifier" name="identifier" autocomplete="username" required autofocus%9$s>
				<label for="password">%6$s</label>
				<input id="password" name="password" type="password" autocomplete="current-password" required%9$s>
				<label for="tenant">%7$s</label>
				<input id="tenant" name="tenant" autocomplete="organization">
				<button type="submit">%2$s</button>
				</form></main></body></html>
				""".formatted(language, e(text.get("title")), error, csrfField, e(text.get("identifier")),
				e(text.get("password")), e(text.get("tenant")), e(request.getContextPath()), described);
	}

	private static String language(HttpServletRequest request) {
		for (Locale locale : java.util.Collections.list(request.getLocales())) {
			if (TEXT.containsKey(locale.getLanguage())) {
				return locale.getLanguage();
			}
		}
		return "en";
	}

	private static String e(String value) {
		return HtmlUtils.htmlEscape(value);
	}

}

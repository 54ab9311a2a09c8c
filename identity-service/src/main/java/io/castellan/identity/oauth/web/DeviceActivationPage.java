package io.castellan.identity.oauth.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The verification page of the device flow (RFC 8628 section 3.3), the {@code verification_uri} a device shows:
 * the signed-in user types the code (or arrives with it filled in from {@code verification_uri_complete}) and
 * goes on to the authorization server's consent page, where the device's request is approved or denied.
 */
@RestController
class DeviceActivationPage {

	@GetMapping(path = "/activate", produces = MediaType.TEXT_HTML_VALUE)
	String activate(@RequestParam(name = "user_code", required = false) String userCode,
			@RequestParam(required = false) String success) {
		if (success != null) {
			return page("Device connected", "<p role=\"status\">Your device is connected. You can close this page.</p>");
		}
		String value = (userCode != null) ? HtmlUtils.htmlEscape(userCode) : "";
		return page("Connect a device", """
				<form method="get" action="/oauth2/device_verification">
				  <label for="user_code">Enter the code shown on your device</label>
				  <input id="user_code" name="user_code" value="%s" required autocomplete="off"
				    autocapitalize="characters" spellcheck="false" maxlength="32">
				  <button type="submit">Continue</button>
				</form>""".formatted(value));
	}

	private static String page(String title, String body) {
		return """
				<!DOCTYPE html>
				<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
				<title>%s · Castellan</title></head>
				<body><main><h1>%s</h1>
				%s
				</main></body></html>""".formatted(title, title, body);
	}

}

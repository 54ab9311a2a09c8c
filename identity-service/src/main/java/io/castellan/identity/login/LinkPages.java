package io.castellan.identity.login;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The pages the mailed links open: confirm an email, choose a new password, accept an invitation. Opening a page
 * spends nothing (mail scanners prefetch links); the person's button press sends the token to the public JSON
 * endpoint, whose answer the page shows.
 */
@RestController
class LinkPages {

	@GetMapping(path = "/signup/verify", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> verify(@RequestParam(defaultValue = "") String token) {
		return page("Confirm your email", "/api/signup/verify", token, List.of(), "Confirm my email",
				"Your email is confirmed. You can sign in now.");
	}

	@GetMapping(path = "/password-reset", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> reset(@RequestParam(defaultValue = "") String token) {
		return page("Choose a new password", "/api/password-resets/confirm", token,
				List.of(new Field("password", "New password", "password", "new-password")), "Set password",
				"Your password is changed and every session was signed out. You can sign in now.");
	}

	@GetMapping(path = "/invites/accept", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> accept(@RequestParam(defaultValue = "") String token) {
		return page("Accept your invitation", "/api/invites/accept", token,
				List.of(new Field("name", "Your name", "text", "name"),
						new Field("password", "Password", "password", "new-password")),
				"Create my account", "Your account is ready. You can sign in now.");
	}

	private static ResponseEntity<String> page(String title, String endpoint, String token, List<Field> fields,
			String button, String success) {
		StringBuilder inputs = new StringBuilder();
		for (Field field : fields) {
			inputs.append("<label for=\"").append(field.name()).append("\">").append(e(field.label())).append("</label>")
				.append("<input id=\"").append(field.name()).append("\" name=\"").append(field.name())
				.append("\" type=\"").append(field.type()).append("\" autocomplete=\"").append(field.autocomplete())
				.append("\" required>");
		}
		String html = """
				<!DOCTYPE html>
				<html lang="en">
				<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%1$s · Castellan</title>
				<style>body{font-family:system-ui,sans-serif;max-width:24rem;margin:4rem auto;padding:0 1rem}
				label{display:block;margin-top:1rem}input{width:100%%;padding:.5rem;font-size:1rem}
				button{margin-top:1.5rem;padding:.6rem 1.2rem;font-size:1rem}.error{color:#a00000}</style></head>
				<body><main><h1>%1$s</h1>
				<form id="form">%2$s<button type="submit">%3$s</button></form>
				<p id="result" role="status" aria-live="polite"></p>
				<script>
				const token = %4$s, endpoint = %5$s, success = %6$s;
				document.getElementById('form').addEventListener('submit', async (event) => {
				  event.preventDefault();
				  const body = Object.fromEntries(new FormData(event.target));
				  body.token = token;
				  const result = document.getElementById('result');
				  const response = await fetch(endpoint, {method: 'POST', headers: {'Content-Type': 'application/json'},
				    body: JSON.stringify(body)});
				  if (response.ok) { result.className = ''; result.textContent = success; event.target.hidden = true; return; }
				  const problem = await response.json().catch(() => ({}));
				  result.className = 'error';
				  result.textContent = problem.detail || 'Something went wrong.';
				});
				</script></main></body></html>
				""".formatted(e(title), inputs, e(button), js(token), js(endpoint), js(success));
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header("Cache-Control", "no-store")
			.header("Referrer-Policy", "no-referrer")
			.body(html);
	}

	private static String e(String value) {
		return HtmlUtils.htmlEscape(value);
	}

	/** A JavaScript string literal that cannot end the script element or the string early. */
	private static String js(String value) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			if (Character.isLetterOrDigit(c) || c == ' ' || c == '.' || c == '-' || c == '_' || c == '/' || c == ',') {
				out.append(c);
			}
			else {
				out.append(String.format("\\u%04x", (int) c));
			}
		}
		return out.append('"').toString();
	}

	private record Field(String name, String label, String type, String autocomplete) {
	}

}

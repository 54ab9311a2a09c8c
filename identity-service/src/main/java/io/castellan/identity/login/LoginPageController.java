package io.castellan.identity.login;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Serves the login page; the form posts to Spring Security's login processing at {@code POST /login}. */
@RestController
class LoginPageController {

	private final LoginPage page;

	LoginPageController(LoginPage page) {
		this.page = page;
	}

	@GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> login(HttpServletRequest request) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.header("Cache-Control", "no-store")
			.body(this.page.render(request, null, 0));
	}

}

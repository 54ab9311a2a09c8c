package io.castellan.identity.reset.web;

import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import io.castellan.identity.credential.Passwords;
import io.castellan.identity.reset.ResetRequests;
import io.castellan.identity.reset.command.CompletePasswordReset;
import io.castellan.identity.reset.command.PasswordResetRules;
import io.castellan.identity.session.query.SessionView;
import io.castellan.identity.session.query.Sessions;
import io.castellan.identity.token.OneTimeToken;
import io.castellan.identity.token.OneTimeTokens;
import io.castellan.identity.token.TokenIssuer;
import io.castellan.platform.axon.Written;
import io.castellan.platform.axon.Writes;
import io.castellan.platform.consistency.ConsistencyToken;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Password reset by mail, without a token: ask for a link (always {@code 202}), then confirm with it. */
@RestController
@RequestMapping("/api/password-resets")
class PasswordResetController {

	private final ResetRequests requests;

	private final OneTimeTokens tokens;

	private final Passwords passwords;

	private final Sessions sessions;

	private final Writes writes;

	private final Clock clock;

	PasswordResetController(ResetRequests requests, OneTimeTokens tokens, Passwords passwords, Sessions sessions,
			Writes writes, Clock clock) {
		this.requests = requests;
		this.tokens = tokens;
		this.passwords = passwords;
		this.sessions = sessions;
		this.writes = writes;
		this.clock = clock;
	}

	@PostMapping
	ResponseEntity<Void> request(@Valid @RequestBody ResetRequest request,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		this.requests.request(request.email().strip(), request.tenant(), acceptLanguage);
		return ResponseEntity.accepted().build();
	}

	/**
	 * Sets the new password and revokes every session of the principal.
	 * @throws io.castellan.platform.web.ProblemException 404 {@code token_not_found}; 410 {@code token_expired}
	 * when used or expired; 422 for a password the policy refuses
	 */
	@PostMapping("/confirm")
	ResponseEntity<Void> confirm(@Valid @RequestBody ConfirmRequest request) {
		String hash = TokenIssuer.hash(request.token());
		OneTimeToken token = this.tokens.findUsable(hash, PasswordResetRules.TOKEN_PURPOSE, this.clock.instant());
		String passwordHash = this.passwords.checkAndHash(token.tenantId(), request.password());
		List<String> sessionIds = this.sessions.active(token.principalId()).stream().map(SessionView::sessionId).toList();
		Written<Object> written = this.writes.send(new CompletePasswordReset(token.subjectId(), hash, passwordHash,
				sessionIds, this.clock.instant()));
		ResponseEntity.HeadersBuilder<?> answer = ResponseEntity.noContent();
		if (written.encodedToken() != null) {
			answer.header(ConsistencyToken.HEADER, written.encodedToken());
		}
		return answer.build();
	}

	/** Body of {@code POST /api/password-resets}; {@code tenant} (id or alias) is optional, as at login. */
	record ResetRequest(@NotBlank @Size(max = 320) String email, @Size(max = 64) String tenant) {
	}

	/** Body of {@code POST /api/password-resets/confirm}. */
	record ConfirmRequest(@NotBlank @Size(max = 128) String token, @NotNull @Size(max = 1024) String password) {

		@Override
		public String toString() {
			return "ConfirmRequest[***]";
		}

	}

}

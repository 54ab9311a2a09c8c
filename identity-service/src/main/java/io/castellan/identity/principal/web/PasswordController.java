package io.castellan.identity.principal.web;

import java.time.Clock;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import io.castellan.identity.credential.PasswordCredentials;
import io.castellan.identity.credential.Passwords;
import io.castellan.identity.principal.command.SetPassword;
import io.castellan.identity.principal.query.PrincipalSummary;
import io.castellan.identity.principal.query.PrincipalSummaryRepository;
import io.castellan.platform.axon.Written;
import io.castellan.platform.axon.Writes;
import io.castellan.platform.security.Caller;
import io.castellan.platform.web.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sets a principal's password. A principal changing its own must give the current one; a platform administrator
 * sets one without it.
 */
@RestController
class PasswordController {

	private final Writes writes;

	private final PrincipalSummaryRepository principals;

	private final Passwords passwords;

	private final PasswordCredentials credentials;

	private final Clock clock;

	PasswordController(Writes writes, PrincipalSummaryRepository principals, Passwords passwords,
			PasswordCredentials credentials, Clock clock) {
		this.writes = writes;
		this.principals = principals;
		this.passwords = passwords;
		this.credentials = credentials;
		this.clock = clock;
	}

	@PutMapping("/api/principals/{principalId}/password")
	ResponseEntity<Void> set(@PathVariable String principalId, @Valid @RequestBody PasswordRequest request,
			@AuthenticationPrincipal Jwt jwt) {
		Caller caller = Caller.of(jwt);
		if (Boolean.TRUE.equals(jwt.getClaim("api_key_scoped"))) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "api_key_cannot_manage_credentials",
					"A key with a permission ceiling cannot change passwords.");
		}
		PrincipalSummary principal = this.principals.find(principalId)
			.filter((found) -> caller.isPlatformAdmin() || found.principalId().equals(caller.subject()))
			.orElseThrow(() -> ProblemException.notFound("principal", principalId));
		boolean self = principalId.equals(caller.subject());
		if (self && !caller.isPlatformAdmin()) {
			String hash = this.credentials.hash(principalId).orElse(null);
			if (request.currentPassword() == null || hash == null
					|| !this.passwords.matches(request.currentPassword(), hash)) {
				throw new ProblemException(HttpStatus.FORBIDDEN, "current_password_invalid",
						"The current password is missing or wrong.");
			}
		}
		String hash = this.passwords.checkAndHash(principal.tenantId(), request.password());
		Written<Object> written = this.writes.send(new SetPassword(principalId, hash, self ? "changed" : "set",
				caller.subject(), this.clock.instant()));
		ResponseEntity.HeadersBuilder<?> answer = ResponseEntity.noContent();
		if (written.encodedToken() != null) {
			answer.header(io.castellan.platform.consistency.ConsistencyToken.HEADER, written.encodedToken());
		}
		return answer.build();
	}

	/** Body of a password change; {@code currentPassword} is needed when changing one's own. */
	record PasswordRequest(@NotNull @Size(max = 1024) String password, @Size(max = 1024) String currentPassword) {

		@Override
		public String toString() {
			return "PasswordRequest[***]";
		}

	}

}

package io.castellan.identity.signup.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import io.castellan.identity.credential.Passwords;
import io.castellan.identity.principal.query.PrincipalSummaryRepository;
import io.castellan.identity.signup.SignupSettings;
import io.castellan.identity.signup.SignupTenants;
import io.castellan.identity.signup.VerificationResends;
import io.castellan.identity.signup.command.EmailVerificationRules;
import io.castellan.identity.signup.command.SignUp;
import io.castellan.identity.signup.command.VerifyEmail;
import io.castellan.identity.token.IssuedToken;
import io.castellan.identity.token.MailLocale;
import io.castellan.identity.token.OneTimeToken;
import io.castellan.identity.token.OneTimeTokens;
import io.castellan.identity.token.TokenIssuer;
import io.castellan.platform.axon.Writes;
import io.castellan.platform.axon.Written;
import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.web.ProblemException;
import io.castellan.platform.web.WriteResponses;
import io.castellan.schemas.identity.EmailVerificationRequested;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Self-service signup, the verification link, and resending it; all answer without a token. Signup is closed
 * unless an administrator opened it for the tenant (or the platform).
 */
@RestController
@RequestMapping("/api/signup")
class SignupController {

	private final Writes writes;

	private final SignupSettings settings;

	private final SignupTenants tenants;

	private final PrincipalSummaryRepository principals;

	private final Passwords passwords;

	private final TokenIssuer issuer;

	private final OneTimeTokens tokens;

	private final VerificationResends resends;

	private final Clock clock;

	SignupController(Writes writes, SignupSettings settings, SignupTenants tenants,
			PrincipalSummaryRepository principals, Passwords passwords, TokenIssuer issuer, OneTimeTokens tokens,
			VerificationResends resends, Clock clock) {
		this.writes = writes;
		this.settings = settings;
		this.tenants = tenants;
		this.principals = principals;
		this.passwords = passwords;
		this.issuer = issuer;
		this.tokens = tokens;
		this.resends = resends;
		this.clock = clock;
	}

	/**
	 * Registers a human with an unverified email and mails the verification link: {@code 202}, the principal
	 * cannot log in until the link is followed.
	 * @throws ProblemException 403 {@code signup_disabled}; 409 {@code principal_email_taken} or
	 * {@code principal_name_taken}; 422 for a password the policy refuses
	 */
	@PostMapping
	ResponseEntity<Map<String, String>> signUp(@Valid @RequestBody SignupRequest request,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		String tenantId = this.tenants.resolve(request.tenant())
			.filter(this.settings::enabled)
			.orElseThrow(() -> new ProblemException(HttpStatus.FORBIDDEN, "signup_disabled",
					"Signup is not open here."));
		String email = request.email().strip();
		String name = SignupFields.name(request.name(), email);
		// The claim in the write decides races; this only spares a conflict with principals an administrator made.
		if (this.principals.findByIdentifier(email, tenantId)
			.stream()
			.anyMatch((p) -> email.equalsIgnoreCase(p.email()) && p.tenantId().equals(tenantId))) {
			throw ProblemException.conflict("principal_email_taken", "A principal with this email address already exists.");
		}
		String hash = this.passwords.checkAndHash(tenantId, request.password());
		String principalId = UUID.randomUUID().toString();
		Instant now = this.clock.instant();
		IssuedToken token = this.issuer.issue(EmailVerificationRequested.sealingContext(principalId),
				now.plus(EmailVerificationRules.TOKEN_LIFETIME));
		Written<Object> written = this.writes.send(new SignUp(principalId, tenantId, email, name,
				MailLocale.of(request.locale(), acceptLanguage), hash, token, now));
		ResponseEntity.BodyBuilder answer = ResponseEntity.accepted();
		if (written.encodedToken() != null) {
			answer.header(ConsistencyToken.HEADER, written.encodedToken());
		}
		return answer.body(Map.of("principalId", principalId, "tenantId", tenantId, "status", "verification_pending"));
	}

	/**
	 * Follows a verification link.
	 * @throws ProblemException 404 {@code token_not_found}; 410 {@code token_expired} when used or expired
	 */
	@PostMapping("/verify")
	ResponseEntity<Map<String, Object>> verify(@Valid @RequestBody TokenRequest request) {
		String hash = TokenIssuer.hash(request.token());
		OneTimeToken token = this.tokens.findUsable(hash, EmailVerificationRules.TOKEN_PURPOSE, this.clock.instant());
		Written<Object> written = this.writes.send(new VerifyEmail(
				EmailVerificationRules.idOf(token.subjectId()), hash, this.clock.instant()));
		return WriteResponses.ok(written, Map.of("principalId", token.subjectId(), "emailVerified", true));
	}

	/** Mails a fresh link to an address that signed up and is not verified yet; always {@code 202}. */
	@PostMapping("/resend")
	ResponseEntity<Void> resend(@Valid @RequestBody ResendRequest request) {
		this.resends.request(request.email().strip(), request.tenant());
		return ResponseEntity.accepted().build();
	}

}

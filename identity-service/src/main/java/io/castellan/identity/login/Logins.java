package io.castellan.identity.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.castellan.identity.credential.PasswordCredentials;
import io.castellan.identity.credential.Passwords;
import io.castellan.identity.principal.query.PrincipalSummary;
import io.castellan.identity.principal.query.PrincipalSummaryRepository;
import io.castellan.identity.session.command.StartSession;
import io.castellan.identity.signup.query.EmailVerifications;
import io.castellan.identity.tenant.KnownTenants;
import io.castellan.platform.web.ProblemException;
import org.axonframework.commandhandling.gateway.CommandGateway;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Identifier-and-password login, shared by the login page and the JSON API. Wrong identifier and wrong password
 * fail alike and take alike long (an unknown identifier is still checked against a real hash), so neither the
 * answer nor its timing tells whether an account exists. What is said about the account (not active, tenant not
 * active) is said only after the password proved right.
 */
@Component
public class Logins {

	private static final String PLATFORM = "platform";

	private final PrincipalSummaryRepository principals;

	private final PasswordCredentials credentials;

	private final Passwords passwords;

	private final KnownTenants tenants;

	private final LoginFailures failures;

	private final CommandGateway commands;

	private final Clock clock;

	private final EmailVerifications verifications;

	private final String decoyHash;

	Logins(PrincipalSummaryRepository principals, PasswordCredentials credentials, Passwords passwords,
			KnownTenants tenants, LoginFailures failures, CommandGateway commands, Clock clock,
			org.springframework.security.crypto.password.PasswordEncoder encoder,
			EmailVerifications verifications) {
		this.principals = principals;
		this.credentials = credentials;
		this.passwords = passwords;
		this.tenants = tenants;
		this.failures = failures;
		this.commands = commands;
		this.clock = clock;
		this.verifications = verifications;
		this.decoyHash = encoder.encode(UUID.randomUUID().toString());
	}

	/**
	 * @throws ProblemException 401 {@code invalid_credentials}, 403 {@code principal_not_active},
	 * {@code email_verification_required} or {@code tenant_not_active}, 429 {@code login_locked} with {@code Retry-After}
	 */
	public LoginOutcome login(LoginAttempt attempt) {
		Instant now = this.clock.instant();
		Optional<Duration> locked = this.failures.lockedFor(attempt.identifier(), now);
		if (locked.isPresent()) {
			throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "login_locked",
					"Too many failed logins for this identifier; try again later.")
				.retryAfter(locked.get());
		}
		PrincipalSummary principal = verify(attempt);
		if (principal == null) {
			this.failures.record(attempt.identifier(), now);
			throw invalidCredentials();
		}
		if (!principal.status().equals("active")) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "principal_not_active", "The principal is not active.");
		}
		this.verifications.requireVerified(principal.principalId());
		// A global human logging in to a tenant gets a session in that tenant; anyone else logs in to their own.
		String sessionTenant = principal.tenantId().equals(PLATFORM)
				? Optional.ofNullable(resolveTenant(attempt.tenant())).orElse(PLATFORM) : principal.tenantId();
		if (principal.tenantId().equals(PLATFORM) && !sessionTenant.equals(PLATFORM)
				&& !this.tenants.isMember(sessionTenant, principal.principalId())) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "tenant_membership_required",
					"The principal is not a member of this tenant.");
		}
		if (!sessionTenant.equals(PLATFORM)) {
			String status = this.tenants.status(sessionTenant).orElse("unknown");
			if (!status.equals("active")) {
				throw new ProblemException(HttpStatus.FORBIDDEN, "tenant_not_active",
						"The tenant is " + status + "; its members cannot log in to it.");
			}
		}
		this.failures.clear(attempt.identifier());
		String sessionId = UUID.randomUUID().toString();
		this.commands.sendAndWait(new StartSession(sessionId, principal.principalId(), sessionTenant, "complete",
				attempt.ipAddress(), truncate(attempt.userAgent(), 512), now));
		return new LoginOutcome.Authenticated(sessionId, principal.principalId(), sessionTenant);
	}

	/** The principal whose password this is, or {@code null}; always spends one hash check at least. */
	private PrincipalSummary verify(LoginAttempt attempt) {
		if (attempt.identifier() == null || attempt.identifier().isBlank() || attempt.password() == null
				|| attempt.identifier().length() > 320 || attempt.password().length() > 1024) {
			this.passwords.matches("decoy", this.decoyHash);
			return null;
		}
		String tenantId = resolveTenant(attempt.tenant());
		List<PrincipalSummary> candidates = (tenantId == null && attempt.tenant() != null && !attempt.tenant().isBlank())
				? List.of() : this.principals.findByIdentifier(attempt.identifier().strip(), tenantId);
		boolean checked = false;
		for (PrincipalSummary candidate : candidates) {
			Optional<String> hash = this.credentials.hash(candidate.principalId());
			if (hash.isPresent()) {
				checked = true;
				if (this.passwords.matches(attempt.password(), hash.get())) {
					return candidate;
				}
			}
		}
		if (!checked) {
			this.passwords.matches(attempt.password(), this.decoyHash);
		}
		return null;
	}

	/** A tenant named by id or alias; {@code null} when none was named or it is unknown. */
	private String resolveTenant(String tenant) {
		if (tenant == null || tenant.isBlank()) {
			return null;
		}
		return this.tenants.resolve(tenant.strip()).orElse(null);
	}

	static ProblemException invalidCredentials() {
		return new ProblemException(HttpStatus.UNAUTHORIZED, "invalid_credentials", "Invalid credentials.");
	}

	private static String truncate(String value, int max) {
		return (value != null && value.length() > max) ? value.substring(0, max) : value;
	}

}

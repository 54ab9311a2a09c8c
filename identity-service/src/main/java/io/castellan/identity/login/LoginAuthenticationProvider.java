package io.castellan.identity.login;

import java.time.Instant;
import java.util.List;

import io.castellan.platform.web.ProblemException;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The login page's check, through {@link Logins}. The password factor's time becomes the ID token's
 * {@code auth_time}. The resulting authentication is built only from types the
 * authorization server can store with an authorization: the principal id as name, and the session and tenant as
 * authorities ({@value #SESSION_PREFIX}..., {@value #TENANT_PREFIX}...), which the token customizer turns into
 * {@code sid} and {@code tenant_id} claims.
 */
class LoginAuthenticationProvider implements AuthenticationProvider {

	static final String SESSION_PREFIX = "SESSION_";

	static final String TENANT_PREFIX = "TENANT_";

	private final Logins logins;

	LoginAuthenticationProvider(Logins logins) {
		this.logins = logins;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		LoginRequestDetails details = (authentication.getDetails() instanceof LoginRequestDetails given) ? given
				: new LoginRequestDetails(null, null, null);
		LoginOutcome outcome;
		try {
			outcome = this.logins.login(new LoginAttempt(authentication.getName(),
					String.valueOf(authentication.getCredentials()), details.tenant(), details.ipAddress(),
					details.userAgent()));
		}
		catch (ProblemException ex) {
			throw new LoginFailedException(ex);
		}
		UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(
				outcome.principalId(), null,
				List.of(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
					.issuedAt(Instant.now())
					.build(), new SimpleGrantedAuthority(SESSION_PREFIX + outcome.sessionId()),
						new SimpleGrantedAuthority(TENANT_PREFIX + outcome.tenantId())));
		result.setDetails(new WebAuthenticationDetails(details.ipAddress(), null));
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}

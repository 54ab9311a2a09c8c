package io.castellan.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses a bearer token whose session ({@code sid}) was revoked, as if the token itself were invalid. */
final class RevokedSessionFilter extends OncePerRequestFilter {

	/** Looked up once: asking the bean factory on every request cost a few percent of a small call. */
	private final SingletonSupplier<RevokedSessions> sessions;

	private final AuthenticationEntryPoint entryPoint;

	RevokedSessionFilter(ObjectProvider<RevokedSessions> sessions, AuthenticationEntryPoint entryPoint) {
		this.sessions = SingletonSupplier.of(sessions::getIfAvailable);
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		RevokedSessions revoked = this.sessions.get();
		if (revoked != null && authentication != null && authentication.getPrincipal() instanceof Jwt jwt
				&& revoked.isRevoked(jwt.getClaimAsString("sid"))) {
			SecurityContextHolder.clearContext();
			this.entryPoint.commence(request, response,
					new InvalidBearerTokenException("The token's session was revoked."));
			return;
		}
		chain.doFilter(request, response);
	}

}

package io.castellan.identity.login;

import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.castellan.identity.session.command.RevokeSession;
import org.axonframework.commandhandling.gateway.CommandGateway;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/** Logging out of the browser ends the Castellan session too, so its tokens stop working everywhere. */
@Component
public class SessionLogout implements LogoutHandler {

	private final CommandGateway commands;

	private final Clock clock;

	SessionLogout(CommandGateway commands, Clock clock) {
		this.commands = commands;
		this.clock = clock;
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		sessionId(authentication).ifPresent((sessionId) -> this.commands
			.sendAndWait(new RevokeSession(sessionId, "logout", authentication.getName(), this.clock.instant())));
	}

	/** The Castellan session an authentication from the login page belongs to. */
	public static Optional<String> sessionId(Authentication authentication) {
		if (authentication == null) {
			return Optional.empty();
		}
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority != null && authority.startsWith(LoginAuthenticationProvider.SESSION_PREFIX))
			.map((authority) -> authority.substring(LoginAuthenticationProvider.SESSION_PREFIX.length()))
			.findFirst();
	}

	/** The tenant the login was into. */
	public static Optional<String> tenantId(Authentication authentication) {
		if (authentication == null) {
			return Optional.empty();
		}
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority != null && authority.startsWith(LoginAuthenticationProvider.TENANT_PREFIX))
			.map((authority) -> authority.substring(LoginAuthenticationProvider.TENANT_PREFIX.length()))
			.findFirst();
	}

}

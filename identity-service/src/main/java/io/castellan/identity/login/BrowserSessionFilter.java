package io.castellan.identity.login;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import io.castellan.identity.session.query.Sessions;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a browser's login the moment its Castellan session is revoked or idle, before any security chain (the
 * authorization endpoint included) trusts it; and records that the session is in use.
 */
@Configuration(proxyBeanMethods = false)
class BrowserSessionFilter {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> browserSessionRegistration(Sessions sessions, Clock clock,
			@Value("${castellan.sessions.idle-timeout:30m}") Duration idleTimeout) {
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
					FilterChain chain) throws ServletException, IOException {
				HttpSession http = request.getSession(false);
				if (http != null && http.getAttribute(
						HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context) {
					Optional<String> sessionId = SessionLogout.sessionId(context.getAuthentication());
					if (sessionId.isPresent()
							&& !sessions.touch(sessionId.get(), clock.instant(), Duration.ofMinutes(1), idleTimeout)) {
						http.invalidate();
					}
				}
				chain.doFilter(request, response);
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		// Before Spring Security's chain (order -100), so that chain never sees a revoked login.
		registration.setOrder(-200);
		return registration;
	}

}

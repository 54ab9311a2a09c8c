package io.castellan.identity.login;

import io.castellan.platform.security.ProblemAuthenticationEntryPoint;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two chains: the public JSON endpoints that exist to be called without a token (login), and the browser chain
 * with the login page and everything not claimed by the protocol or API chains.
 */
@Configuration(proxyBeanMethods = false)
class LoginSecurityConfiguration {

	/** Paths of the API that answer without a bearer token. */
	static final String[] PUBLIC_API = { "/api/login", "/api/api-keys/token", "/api/signup/**",
			"/api/password-resets/**", "/api/invites/accept" };

	@Bean
	@Order(0)
	SecurityFilterChain publicApiChain(HttpSecurity http, JsonMapper json) throws Exception {
		http.securityMatcher(PUBLIC_API)
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(new ProblemAuthenticationEntryPoint(json)))
			// No cookies are read or set here, so there is nothing for a forged cross-site request to ride on.
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain loginChain(HttpSecurity http, Logins logins, LoginPage page, SessionLogout logout)
			throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/login", "/favicon.ico", "/signup/verify", "/password-reset", "/invites/accept")
			.permitAll()
			.anyRequest()
			.authenticated())
			.authenticationProvider(new LoginAuthenticationProvider(logins))
			.formLogin((form) -> form.loginPage("/login")
				.usernameParameter("identifier")
				.passwordParameter("password")
				.authenticationDetailsSource(LoginRequestDetails::of)
				.failureHandler(new LoginFailurePage(page)))
			.logout((out) -> out.addLogoutHandler(logout));
		return http.build();
	}

}

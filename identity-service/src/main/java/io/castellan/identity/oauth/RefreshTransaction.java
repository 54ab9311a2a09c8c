package io.castellan.identity.oauth;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A refresh-token request in one database transaction. Spring Authorization Server looks the authorization up,
 * then saves it with the rotated tokens, and reuse detection records the replaced token's hash: three transactions,
 * three commits and as many connection check-outs per refresh. Around the whole request they become one, and a
 * failure part-way leaves nothing half-written. Registered ahead of the security filters, so client authentication
 * runs inside it too. Only refreshes: other grants are stateless or write once.
 */
@Configuration(proxyBeanMethods = false)
class RefreshTransaction {

	/** Just before Spring Security's filter chain (order -100). */
	private static final int ORDER = -101;

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> refreshTransactionFilter(PlatformTransactionManager transactions) {
		TransactionTemplate template = new TransactionTemplate(transactions);
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
					FilterChain chain) throws ServletException, IOException {
				if (!"POST".equals(request.getMethod()) || !AuthorizationGrantType.REFRESH_TOKEN.getValue()
					.equals(request.getParameter(OAuth2ParameterNames.GRANT_TYPE))) {
					chain.doFilter(request, response);
					return;
				}
				try {
					template.executeWithoutResult((status) -> {
						try {
							chain.doFilter(request, response);
						}
						catch (IOException | ServletException ex) {
							throw new WrappedException(ex);
						}
					});
				}
				catch (WrappedException ex) {
					if (ex.getCause() instanceof IOException io) {
						throw io;
					}
					throw (ServletException) ex.getCause();
				}
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/oauth2/token");
		registration.setOrder(ORDER);
		return registration;
	}

	/** Carries a checked exception through the transaction callback. */
	private static final class WrappedException extends RuntimeException {

		WrappedException(Exception cause) {
			super(cause);
		}

	}

}

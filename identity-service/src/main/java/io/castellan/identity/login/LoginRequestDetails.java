package io.castellan.identity.login;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/** What the login form sends besides identifier and password, read once from the request. */
record LoginRequestDetails(String tenant, String ipAddress, String userAgent) {

	static LoginRequestDetails of(HttpServletRequest request) {
		return new LoginRequestDetails(request.getParameter("tenant"), request.getRemoteAddr(),
				request.getHeader(HttpHeaders.USER_AGENT));
	}

}

package io.castellan.identity.oauth;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2DeviceVerificationAuthenticationProvider;

/**
 * The device flow asks the signed-in user to approve every device, even one of a client they approved before.
 * The verification endpoint accepts a user code without a CSRF token (Spring Authorization Server exempts its
 * endpoints), so without this a link carrying an attacker's code would connect the attacker's device to the
 * victim's account in one click (RFC 8628 section 5.4); the consent form is bound to a server-side state.
 */
final class DeviceConsent {

	private DeviceConsent() {
	}

	static void alwaysAsk(List<AuthenticationProvider> providers) {
		providers.forEach((provider) -> {
			if (provider instanceof OAuth2DeviceVerificationAuthenticationProvider verification) {
				verification.setAuthorizationConsentRequired((context) -> true);
			}
		});
	}

}

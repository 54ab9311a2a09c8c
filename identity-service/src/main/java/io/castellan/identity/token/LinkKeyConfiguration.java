package io.castellan.identity.token;

import io.castellan.platform.security.SealedSecrets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The link key ({@code castellan.link-key}, base64 of 32 bytes), shared with notification-service: tokens are
 * sealed with it for the mail events and only the mail sender opens them. A wrong key stops the service at start.
 */
@Configuration(proxyBeanMethods = false)
class LinkKeyConfiguration {

	@Bean
	SealedSecrets linkKey(@Value("${castellan.link-key}") String key) {
		return SealedSecrets.fromBase64Key(key);
	}

}

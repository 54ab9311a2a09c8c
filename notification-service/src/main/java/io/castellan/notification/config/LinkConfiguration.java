package io.castellan.notification.config;

import io.castellan.notification.template.SealedParameters;
import io.castellan.platform.security.SealedSecrets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The link key ({@code castellan.link-key}, base64 of 32 bytes), shared with identity-service: it opens the tokens
 * that identity's mail events carry sealed, and seals the links built from them while they wait in the outbox.
 */
@Configuration(proxyBeanMethods = false)
class LinkConfiguration {

	@Bean
	SealedSecrets linkKey(@Value("${castellan.link-key}") String key) {
		return SealedSecrets.fromBase64Key(key);
	}

	@Bean
	SealedParameters sealedParameters(SealedSecrets linkKey) {
		return new SealedParameters(linkKey);
	}

}

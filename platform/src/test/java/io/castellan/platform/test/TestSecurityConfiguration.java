package io.castellan.platform.test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** Services under test trust {@link TestTokens} instead of fetching identity-service's JWKS. */
@TestConfiguration(proxyBeanMethods = false)
public class TestSecurityConfiguration {

	@Bean
	JwtDecoder testJwtDecoder() {
		return NimbusJwtDecoder.withPublicKey(TestTokens.publicKey()).build();
	}

}

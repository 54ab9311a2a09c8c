package io.castellan.identity.oauth;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.util.StringUtils;

/**
 * The first client of a new platform: client credentials with the {@code platform.admin} scope. Its secret comes
 * from configuration; when none is configured one is generated and printed once, at the first start, to standard
 * output (never to the log). A configured secret that differs from the stored one replaces it.
 */
final class BootstrapAdminClient implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(BootstrapAdminClient.class);

	private final RegisteredClientRepository clients;

	private final PasswordEncoder encoder;

	private final String clientId;

	private final String configuredSecret;

	BootstrapAdminClient(RegisteredClientRepository clients, PasswordEncoder encoder, String clientId,
			String configuredSecret) {
		this.clients = clients;
		this.encoder = encoder;
		this.clientId = clientId;
		this.configuredSecret = configuredSecret;
	}

	@Override
	public void run(ApplicationArguments args) {
		RegisteredClient existing = this.clients.findByClientId(this.clientId);
		boolean configured = StringUtils.hasText(this.configuredSecret);
		if (existing != null) {
			if (configured && !this.encoder.matches(this.configuredSecret, existing.getClientSecret())) {
				this.clients.save(RegisteredClient.from(existing)
					.clientSecret(this.encoder.encode(this.configuredSecret))
					.build());
				logger.info("Bootstrap admin client '{}': secret replaced by the configured one", this.clientId);
			}
			return;
		}
		String secret = configured ? this.configuredSecret : generateSecret();
		this.clients.save(RegisteredClient.withId(UUID.randomUUID().toString())
			.clientId(this.clientId)
			.clientName("Castellan bootstrap admin")
			.clientSecret(this.encoder.encode(secret))
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.scope("platform.admin")
			.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(15)).build())
			.build());
		logger.info("Bootstrap admin client '{}' registered", this.clientId);
		if (!configured) {
			System.out.println("Castellan bootstrap admin client (shown once): client_id=" + this.clientId
					+ " client_secret=" + secret);
		}
	}

	private static String generateSecret() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}

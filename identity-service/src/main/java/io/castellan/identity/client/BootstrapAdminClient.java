package io.castellan.identity.client;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.castellan.identity.client.command.NewClientSecret;
import io.castellan.identity.client.command.RegisterOAuthClient;
import io.castellan.identity.client.command.RotateOAuthClientSecret;
import io.castellan.identity.client.command.UpdateOAuthClient;
import io.castellan.identity.client.event.OAuthClientSettings;
import io.castellan.identity.client.query.OAuthClientRepository;
import io.castellan.identity.client.query.OAuthClientSummary;
import io.castellan.platform.web.ProblemException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The first client of a new platform, registered through the client aggregate like any other: client credentials
 * with the {@code platform.admin} scope, and {@code client.create} for initial access tokens of dynamic client
 * registration (RFC 7591); an admin client registered before that scope existed gets it at the next start. Its secret comes from configuration; when none is configured one is
 * generated and printed once, at the first start, to standard output (never to the log). A configured secret that
 * differs from the stored one is rotated in. Idempotent: every start checks, only a change writes.
 */
@Component
final class BootstrapAdminClient implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(BootstrapAdminClient.class);

	private static final String BOOTSTRAP = "bootstrap";

	private static final List<String> SCOPES = List.of("platform.admin", DynamicClientRegistration.SCOPE);

	private final CommandGateway commands;

	private final OAuthClientRepository clients;

	private final RegisteredClientRepository registrations;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final String clientId;

	private final String configuredSecret;

	BootstrapAdminClient(CommandGateway commands, OAuthClientRepository clients,
			RegisteredClientRepository registrations, PasswordEncoder encoder, Clock clock,
			@Value("${castellan.bootstrap.admin-client-id:castellan-admin}") String clientId,
			@Value("${castellan.bootstrap.admin-client-secret:}") String configuredSecret) {
		this.commands = commands;
		this.clients = clients;
		this.registrations = registrations;
		this.encoder = encoder;
		this.clock = clock;
		this.clientId = clientId;
		this.configuredSecret = configuredSecret;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean configured = StringUtils.hasText(this.configuredSecret);
		Optional<OAuthClientSummary> existing = this.clients.findByClientId(this.clientId);
		if (existing.isPresent()) {
			String hash = this.registrations.findById(existing.get().id()).getClientSecret();
			if (configured && (hash == null || !this.encoder.matches(this.configuredSecret, hash))) {
				this.commands.sendAndWait(new RotateOAuthClientSecret(existing.get().id(),
						NewClientSecret.of(this.configuredSecret, this.encoder).hash(), BOOTSTRAP,
						this.clock.instant()));
				logger.info("Bootstrap admin client '{}': secret replaced by the configured one", this.clientId);
			}
			grantMissingScopes(existing.get());
			return;
		}
		NewClientSecret secret = configured ? NewClientSecret.of(this.configuredSecret, this.encoder)
				: NewClientSecret.generate(this.encoder);
		try {
			this.commands.sendAndWait(new RegisterOAuthClient(UUID.randomUUID().toString(), this.clientId, null,
					"confidential", new OAuthClientSettings("Castellan bootstrap admin", List.of("client_credentials"),
							List.of(), List.of(), SCOPES, false, 900, 3600),
					secret.hash(), BOOTSTRAP, this.clock.instant()));
		}
		catch (ProblemException ex) {
			// Another replica registered it first; with its secret, which is the configured one if any.
			logger.info("Bootstrap admin client '{}' registered by another instance ({})", this.clientId, ex.code());
			return;
		}
		logger.info("Bootstrap admin client '{}' registered", this.clientId);
		if (!configured) {
			System.out.println("Castellan bootstrap admin client (shown once): client_id=" + this.clientId
					+ " client_secret=" + secret.value());
		}
	}

	private void grantMissingScopes(OAuthClientSummary client) {
		if (client.scopes().containsAll(SCOPES)) {
			return;
		}
		List<String> scopes = new java.util.ArrayList<>(client.scopes());
		SCOPES.stream().filter((scope) -> !scopes.contains(scope)).forEach(scopes::add);
		this.commands.sendAndWait(new UpdateOAuthClient(client.id(),
				new OAuthClientSettings(client.name(), client.grantTypes(), client.redirectUris(),
						client.postLogoutRedirectUris(), scopes, client.requirePkce(), client.accessTokenTtlSeconds(),
						client.refreshTokenTtlSeconds()),
				BOOTSTRAP, this.clock.instant()));
		logger.info("Bootstrap admin client '{}': scopes now {}", this.clientId, scopes);
	}

}

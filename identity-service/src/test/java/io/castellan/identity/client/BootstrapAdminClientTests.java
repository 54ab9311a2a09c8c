package io.castellan.identity.client;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import io.castellan.identity.client.command.UpdateOAuthClient;
import io.castellan.identity.client.query.OAuthClientRepository;
import io.castellan.identity.client.query.OAuthClientSummary;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

class BootstrapAdminClientTests {

	private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

	private final CommandGateway commands = mock(CommandGateway.class);

	private final OAuthClientRepository clients = mock(OAuthClientRepository.class);

	private final RegisteredClientRepository registrations = mock(RegisteredClientRepository.class);

	private final PasswordEncoder encoder = mock(PasswordEncoder.class);

	@Test
	void runWhenExistingAdminClientLacksClientCreateThenScopeAddedAndSettingsKept() {
		existing(List.of("platform.admin"));

		bootstrap().run(null);

		ArgumentCaptor<Object> command = ArgumentCaptor.forClass(Object.class);
		verify(this.commands).sendAndWait(command.capture());
		UpdateOAuthClient update = (UpdateOAuthClient) command.getValue();
		assertThat(update.id()).isEqualTo("admin-id");
		assertThat(update.settings().scopes()).containsExactly("platform.admin", "client.create");
		assertThat(update.settings().grantTypes()).containsExactly("client_credentials");
		assertThat(update.settings().accessTokenTtlSeconds()).isEqualTo(600);
		assertThat(update.updatedAt()).isEqualTo(NOW);
	}

	@Test
	void runWhenExistingAdminClientHasEveryScopeThenNothingSent() {
		existing(List.of("platform.admin", "client.create"));

		bootstrap().run(null);

		verify(this.commands, never()).sendAndWait(any());
		verifyNoInteractions(this.encoder);
	}

	private void existing(List<String> scopes) {
		given(this.clients.findByClientId("castellan-admin")).willReturn(Optional.of(new OAuthClientSummary("admin-id",
				"castellan-admin", null, "Castellan bootstrap admin", "confidential", List.of("client_credentials"),
				List.of(), List.of(), scopes, false, 600, 3600, "active", NOW, NOW)));
		given(this.registrations.findById("admin-id")).willReturn(RegisteredClient.withId("admin-id")
			.clientId("castellan-admin")
			.clientSecret("{argon2}hash")
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.build());
	}

	private BootstrapAdminClient bootstrap() {
		// No configured secret: the stored one stays, so only the scopes can change.
		return new BootstrapAdminClient(this.commands, this.clients, this.registrations, this.encoder,
				Clock.fixed(NOW, ZoneOffset.UTC), "castellan-admin", "");
	}

}

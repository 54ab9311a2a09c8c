package io.castellan.identity.client.command;

import java.time.Instant;
import java.util.List;

import io.castellan.identity.client.event.OAuthClientDeleted;
import io.castellan.identity.client.event.OAuthClientRegistered;
import io.castellan.identity.client.event.OAuthClientSecretRotated;
import io.castellan.identity.client.event.OAuthClientSettings;
import io.castellan.identity.client.event.OAuthClientStatusChanged;
import io.castellan.platform.axon.UniqueClaims;
import io.castellan.platform.web.ProblemException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

class OAuthClientTests {

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	private static final OAuthClientSettings MACHINE = new OAuthClientSettings("svc", List.of("client_credentials"),
			List.of(), List.of(), List.of("reports.read"), false, 900, 3600);

	private static final OAuthClientSettings SPA = new OAuthClientSettings("spa",
			List.of("authorization_code", "refresh_token"), List.of("https://app.example.com/cb"), List.of(),
			List.of("openid"), false, 900, 3600);

	private final UniqueClaims claims = mock(UniqueClaims.class);

	private final ClientSecrets secrets = mock(ClientSecrets.class);

	private AggregateTestFixture<OAuthClient> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(OAuthClient.class);
		this.fixture.registerInjectableResource(this.claims);
		this.fixture.registerInjectableResource(this.secrets);
	}

	@Test
	void registerWhenConfidentialThenClientIdClaimedHashStoredAndEventWithoutSecret() {
		this.fixture.givenNoPriorActivity()
			.when(new RegisterOAuthClient("c-1", "svc", null, "confidential", MACHINE, "{argon2}hash", "admin", NOW))
			.expectEvents(new OAuthClientRegistered("c-1", "svc", null, "confidential", MACHINE, "admin", NOW));
		verify(this.claims).claim(any(), any(), any(), any(), any());
		verify(this.secrets).store("c-1", "{argon2}hash", NOW);
	}

	@Test
	void registerWhenPublicThenPkceForcedAndNoSecretStored() {
		OAuthClientSettings forced = new OAuthClientSettings("spa", SPA.grantTypes(), SPA.redirectUris(), List.of(),
				SPA.scopes(), true, 900, 3600);
		this.fixture.givenNoPriorActivity()
			.when(new RegisterOAuthClient("c-2", "spa", "t-1", "public", SPA, null, "admin", NOW))
			.expectEvents(new OAuthClientRegistered("c-2", "spa", "t-1", "public", forced, "admin", NOW));
		verifyNoInteractions(this.secrets);
	}

	@Test
	void registerWhenClientIdTakenThenRejectedWithoutEvents() {
		doThrow(ProblemException.conflict("oauth_client_id_taken", "taken")).when(this.claims)
			.claim(any(), any(), any(), any(), any());
		this.fixture.givenNoPriorActivity()
			.when(new RegisterOAuthClient("c-3", "svc", null, "confidential", MACHINE, "{argon2}h", "admin", NOW))
			.expectException(ProblemException.class)
			.expectNoEvents();
	}

	@Test
	void rotateWhenPublicClientThenRejected() {
		this.fixture.given(new OAuthClientRegistered("c-2", "spa", null, "public", SPA, "admin", NOW))
			.when(new RotateOAuthClientSecret("c-2", "{argon2}h", "admin", NOW))
			.expectException(ProblemException.class)
			.expectNoEvents();
	}

	@Test
	void rotateWhenConfidentialThenFactPublishedAndHashStored() {
		this.fixture.given(new OAuthClientRegistered("c-1", "svc", null, "confidential", MACHINE, "admin", NOW))
			.when(new RotateOAuthClientSecret("c-1", "{argon2}new", "admin", NOW))
			.expectEvents(new OAuthClientSecretRotated("c-1", "svc", null, "admin", NOW));
		verify(this.secrets).store("c-1", "{argon2}new", NOW);
	}

	@Test
	void changeStatusWhenAlreadySoThenNoEvent() {
		this.fixture.given(new OAuthClientRegistered("c-1", "svc", null, "confidential", MACHINE, "admin", NOW))
			.when(new ChangeOAuthClientStatus("c-1", "active", "admin", NOW))
			.expectNoEvents();
	}

	@Test
	void disableWhenActiveThenStatusChanged() {
		this.fixture.given(new OAuthClientRegistered("c-1", "svc", null, "confidential", MACHINE, "admin", NOW))
			.when(new ChangeOAuthClientStatus("c-1", "disabled", "admin", NOW))
			.expectEvents(new OAuthClientStatusChanged("c-1", "svc", null, "disabled", "active", "admin", NOW));
	}

	@Test
	void deleteWhenLiveThenClientIdReleasedAndSecretForgotten() {
		this.fixture.given(new OAuthClientRegistered("c-1", "svc", null, "confidential", MACHINE, "admin", NOW))
			.when(new DeleteOAuthClient("c-1", "admin", NOW))
			.expectEvents(new OAuthClientDeleted("c-1", "svc", null, "admin", NOW));
		verify(this.claims).release(OAuthClient.CLIENT_ID_SCOPE, "svc", "c-1");
		verify(this.secrets).forget("c-1");
	}

}

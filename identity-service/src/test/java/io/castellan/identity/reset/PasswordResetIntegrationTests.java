package io.castellan.identity.reset;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.castellan.identity.AdminClient;
import io.castellan.identity.IdentityIntegrationTest;
import io.castellan.identity.token.MailEvents;
import io.castellan.identity.token.TokenIssuer;
import io.castellan.platform.security.SealedSecrets;
import io.castellan.platform.test.TestHttp;
import io.castellan.schemas.identity.PasswordResetCompleted;
import io.castellan.schemas.identity.PasswordResetRequested;
import io.castellan.schemas.identity.PrincipalPasswordChanged;
import io.castellan.schemas.identity.SessionRevoked;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Password reset by mail against the running service, from the request to the revoked sessions. */
@IdentityIntegrationTest
class PasswordResetIntegrationTests {

	private static final String PASSWORD = "a perfectly fine passphrase";

	private static final String NEW_PASSWORD = "an even better passphrase";

	@LocalServerPort
	int port;

	@Autowired
	SealedSecrets linkKey;

	@Autowired
	JdbcClient jdbc;

	private TestHttp admin;

	private TestHttp anonymous;

	@BeforeEach
	void setUp() {
		this.admin = AdminClient.http(this.port);
		this.anonymous = TestHttp.at(this.port);
	}

	@Test
	void resetWhenConfirmedThenNewPasswordWorksOldDoesNotAndEverySessionIsRevoked() {
		String email = unique("fay") + "@example.com";
		String principalId = human(email);
		List<String> sessions = List.of(loginSession(email, PASSWORD), loginSession(email, PASSWORD));

		TestHttp.Response requested = this.anonymous.header("Accept-Language", "de")
			.post("/api/password-resets", Map.of("email", email.toUpperCase()));

		assertThat(requested.status()).isEqualTo(202);
		JsonNode mail = MailEvents.awaitOne(PasswordResetRequested.TYPE, "principalId", principalId);
		assertThat(mail.get("email").asString()).isEqualTo(email);
		assertThat(mail.get("locale").asString()).isEqualTo("de");
		assertThat(Duration.between(Instant.parse(mail.get("requestedAt").asString()),
				Instant.parse(mail.get("expiresAt").asString()))).isEqualTo(Duration.ofMinutes(30));
		String token = open(mail);

		TestHttp.Response weak = confirm(token, "short");
		assertThat(weak.status()).isEqualTo(422);
		assertThat(weak.json().get("code").asString()).isEqualTo("password_too_short");

		TestHttp.Response confirmed = confirm(token, NEW_PASSWORD);

		assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(204);
		assertThat(login(email, PASSWORD).status()).isEqualTo(401);
		assertThat(login(email, NEW_PASSWORD).status()).isEqualTo(200);
		String resetId = mail.get("resetId").asString();
		JsonNode completed = MailEvents.awaitOne(PasswordResetCompleted.TYPE, "resetId", resetId);
		assertThat(completed.get("sessionsRevoked").asInt()).isEqualTo(2);
		for (String sessionId : sessions) {
			assertThat(MailEvents.awaitOne(SessionRevoked.TYPE, "sessionId", sessionId).get("reason").asString())
				.isEqualTo("password_reset");
		}
		assertThat(MailEvents.of(PrincipalPasswordChanged.TYPE, "principalId", principalId))
			.anySatisfy((changed) -> assertThat(changed.get("reason").asString()).isEqualTo("reset"));

		TestHttp.Response reused = confirm(token, "yet another good passphrase");
		assertThat(reused.status()).isEqualTo(410);
		assertThat(reused.json().get("code").asString()).isEqualTo("token_expired");
		assertThat(login(email, NEW_PASSWORD).status()).isEqualTo(200);
		assertThat(MailEvents.mentioning(principalId)).as("neither the token nor its hash is in any event")
			.noneMatch((event) -> event.contains(token) || event.contains(TokenIssuer.hash(token)));
	}

	@Test
	void resetWhenAddressUnknownThenAcceptedAndNothingMailed() {
		String nobody = unique("nobody") + "@example.com";

		TestHttp.Response unknown = this.anonymous.post("/api/password-resets", Map.of("email", nobody));

		assertThat(unknown.status()).isEqualTo(202);
		assertThat(unknown.raw().body()).isEmpty();
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(MailEvents.of(PasswordResetRequested.TYPE, "email", nobody)).isEmpty());
	}

	@Test
	void resetWhenAskedAgainThenOnlyTheNewestLinkWorksAndRequestsAreQuietlyLimited() {
		String email = unique("gus") + "@example.com";
		String principalId = human(email);
		this.anonymous.post("/api/password-resets", Map.of("email", email));
		String first = open(MailEvents.awaitOne(PasswordResetRequested.TYPE, "principalId", principalId));

		for (int i = 0; i < 3; i++) {
			this.anonymous.post("/api/password-resets", Map.of("email", email));
			MailEvents.awaitCount(PasswordResetRequested.TYPE, "principalId", principalId, Math.min(i + 2, 3));
		}

		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(MailEvents.of(PasswordResetRequested.TYPE, "principalId", principalId))
				.hasSize(3));
		assertThat(confirm(first, NEW_PASSWORD).status()).as("a newer link replaces the earlier").isEqualTo(410);
		String newest = open(MailEvents.of(PasswordResetRequested.TYPE, "principalId", principalId).getLast());
		assertThat(confirm(newest, NEW_PASSWORD).status()).isEqualTo(204);
	}

	@Test
	void confirmWhenTokenUnknownOrExpiredThenNotFoundOrGone() {
		String email = unique("hal") + "@example.com";
		String principalId = human(email);
		this.anonymous.post("/api/password-resets", Map.of("email", email));
		String token = open(MailEvents.awaitOne(PasswordResetRequested.TYPE, "principalId", principalId));
		// Thirty minutes pass, as far as the token is concerned.
		this.jdbc.sql("update one_time_token set expires_at = now() - interval '1 second' where token_hash = :hash")
			.param("hash", TokenIssuer.hash(token))
			.update();

		TestHttp.Response expired = confirm(token, NEW_PASSWORD);
		TestHttp.Response unknown = confirm("no-such-token", NEW_PASSWORD);

		assertThat(expired.status()).isEqualTo(410);
		assertThat(expired.json().get("code").asString()).isEqualTo("token_expired");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("code").asString()).isEqualTo("token_not_found");
		assertThat(login(email, PASSWORD).status()).isEqualTo(200);
	}

	private String open(JsonNode mail) {
		return this.linkKey.unseal(mail.get("sealedToken").asString(),
				PasswordResetRequested.sealingContext(mail.get("resetId").asString()));
	}

	private TestHttp.Response confirm(String token, String password) {
		return this.anonymous.post("/api/password-resets/confirm", Map.of("token", token, "password", password));
	}

	private String human(String email) {
		Map<String, Object> body = new HashMap<>(Map.of("kind", "human", "name", email.substring(0, email.indexOf('@')),
				"email", email, "password", PASSWORD));
		TestHttp.Response registered = this.admin.post("/api/principals", body);
		assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
		return registered.json().get("id").asString();
	}

	private String loginSession(String identifier, String password) {
		TestHttp.Response login = login(identifier, password);
		assertThat(login.status()).as(login.toString()).isEqualTo(200);
		return login.json().get("sessionId").asString();
	}

	private TestHttp.Response login(String identifier, String password) {
		return this.anonymous.post("/api/login", Map.of("identifier", identifier, "password", password));
	}

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}

package io.castellan.notification.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.castellan.notification.NotificationIntegrationTest;
import io.castellan.notification.TestSmtp;
import io.castellan.platform.events.EventPublisher;
import io.castellan.platform.security.SealedSecrets;
import io.castellan.platform.test.TestEvents;
import io.castellan.schemas.PublishedEvent;
import io.castellan.schemas.identity.EmailVerificationRequested;
import io.castellan.schemas.identity.InviteCreated;
import io.castellan.schemas.identity.PasswordResetRequested;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The mails with one-time links (verification, reset, invitation), from identity's events to the SMTP server:
 * localized, with the link opened from its sealed token, and that token never resting in clear here.
 */
@NotificationIntegrationTest
class LinkMailsIntegrationTests {

	private static final TestSmtp SMTP = TestSmtp.shared();

	private static final String OTHER_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

	@Autowired
	EventPublisher publisher;

	@Autowired
	SealedSecrets linkKey;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "en|Confirm your email address for Castellan|Hello Zoë,",
			"nl|Bevestig je e-mailadres voor Castellan|Hallo Zoë,",
			"de|Bestätigen Sie Ihre E-Mail-Adresse für Castellan|Hallo Zoë,",
			"fr|Confirmez votre adresse e-mail pour Castellan|Bonjour Zoë," })
	void verificationRequestedThenLocalizedMailWithTheLink(String locale, String subject, String greeting)
			throws Exception {
		String principalId = UUID.randomUUID().toString();
		String email = "verify-" + principalId.substring(0, 8) + "@example.com";
		String token = token();

		TestEvents.publish(this.publisher, new EmailVerificationRequested(principalId, "t-1", email, "Zoë", locale,
				"signup", this.linkKey.seal(token, EmailVerificationRequested.sealingContext(principalId)),
				Instant.now().plus(Duration.ofHours(24)), Instant.now()));

		MimeMessage mail = awaitMail(email);
		assertThat(mail.getSubject()).isEqualTo(subject);
		assertThat(body(mail)).startsWith(greeting)
			.contains("http://localhost:8000/signup/verify?token=" + token)
			.doesNotContain("{{");
		assertTokenNotAtRest(token);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "en|Reset your Castellan password|30 minutes",
			"nl|Stel je Castellan-wachtwoord opnieuw in|30 minuten", "de|Setzen Sie Ihr Castellan-Passwort zurück|30 Minuten",
			"fr|Réinitialisez votre mot de passe Castellan|30 minutes" })
	void passwordResetRequestedThenLocalizedMailWithTheLink(String locale, String subject, String lifetime)
			throws Exception {
		String resetId = UUID.randomUUID().toString();
		String email = "reset-" + resetId.substring(0, 8) + "@example.com";
		String token = token();

		TestEvents.publish(this.publisher, new PasswordResetRequested(resetId, "p-1", "t-1", email, "Zoë", locale,
				this.linkKey.seal(token, PasswordResetRequested.sealingContext(resetId)),
				Instant.now().plus(Duration.ofMinutes(30)), Instant.now()));

		MimeMessage mail = awaitMail(email);
		assertThat(mail.getSubject()).isEqualTo(subject);
		assertThat(body(mail)).contains("Zoë", lifetime, "http://localhost:8000/password-reset?token=" + token);
		assertTokenNotAtRest(token);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "en|You are invited to Castellan", "nl|Je bent uitgenodigd voor Castellan",
			"de|Sie sind zu Castellan eingeladen", "fr|Vous êtes invité sur Castellan" })
	void inviteCreatedThenLocalizedMailWithTheLinkAndExpiry(String locale, String subject) throws Exception {
		String inviteId = UUID.randomUUID().toString();
		String email = "invite-" + inviteId.substring(0, 8) + "@example.com";
		String token = token();

		TestEvents.publish(this.publisher, new InviteCreated(inviteId, "t-1", email, List.of("r-1"), locale,
				this.linkKey.seal(token, InviteCreated.sealingContext(inviteId)),
				Instant.parse("2999-01-31T12:00:00Z"), "admin", Instant.now()));

		MimeMessage mail = awaitMail(email);
		assertThat(mail.getSubject()).isEqualTo(subject);
		assertThat(body(mail)).contains("http://localhost:8000/invites/accept?token=" + token, "2999-01-31");
		assertTokenNotAtRest(token);
	}

	@Test
	void linkWhenExpiredOrSealedUnderAnotherKeyThenNotMailedAndLaterMailsStillFlow() throws Exception {
		String expired = "expired-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String foreign = "foreign-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String fine = "fine-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

		publishVerification(expired, this.linkKey, Instant.now().minusSeconds(1));
		publishVerification(foreign, SealedSecrets.fromBase64Key(OTHER_KEY), Instant.now().plusSeconds(600));
		publishVerification(fine, this.linkKey, Instant.now().plusSeconds(600));

		awaitMail(fine);
		assertThat(SMTP.messagesTo(expired)).isEmpty();
		assertThat(SMTP.messagesTo(foreign)).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from notification_outbox_v1 where recipient in (:a, :b)")
			.param("a", expired)
			.param("b", foreign)
			.query(Long.class)
			.single()).isZero();
	}

	private void publishVerification(String email, SealedSecrets key, Instant expiresAt) {
		String principalId = UUID.randomUUID().toString();
		PublishedEvent event = new EmailVerificationRequested(principalId, "t-1", email, "X", "en", "resend",
				key.seal(token(), EmailVerificationRequested.sealingContext(principalId)), expiresAt, Instant.now());
		TestEvents.publish(this.publisher, event);
	}

	private void assertTokenNotAtRest(String token) {
		assertThat(this.jdbc.sql("select count(*) from notification_outbox_v1 where parameters::text like :t")
			.param("t", "%" + token + "%")
			.query(Long.class)
			.single()).as("outbox").isZero();
		assertThat(this.jdbc.sql("select count(*) from domain_event_entry where position(:t in convert_from(payload, 'UTF8')) > 0")
			.param("t", token)
			.query(Long.class)
			.single()).as("event store").isZero();
	}

	private static MimeMessage awaitMail(String email) {
		await().untilAsserted(() -> assertThat(SMTP.messagesTo(email)).hasSize(1));
		return SMTP.messagesTo(email).getFirst();
	}

	private static String body(MimeMessage mail) throws Exception {
		return ((String) mail.getContent()).replace("\r\n", "\n");
	}

	private static String token() {
		return UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
	}

}

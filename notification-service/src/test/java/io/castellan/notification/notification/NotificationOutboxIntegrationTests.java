package io.castellan.notification.notification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.castellan.notification.NotificationIntegrationTest;
import io.castellan.notification.TestSmtp;
import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.platform.events.CloudEventHeaders;
import io.castellan.platform.events.EventPublisher;
import io.castellan.platform.test.TestHttp;
import io.castellan.platform.test.TestKafka;
import io.castellan.platform.test.TestTokens;
import io.castellan.schemas.EventSchemas;
import io.castellan.schemas.EventTypes;
import io.castellan.schemas.identity.PrincipalRegistered;
import io.castellan.schemas.notification.NotificationDelivered;
import io.castellan.schemas.notification.NotificationDeliveryFailed;
import io.castellan.schemas.notification.NotificationQueued;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@NotificationIntegrationTest
class NotificationOutboxIntegrationTests {

	private static final String ADMIN = TestTokens.bearer("bootstrap-admin", Map.of("scope", "platform.admin"));

	private static final TestSmtp SMTP = TestSmtp.shared();

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	EventPublisher publisher;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void smtpBackUp() {
		SMTP.start();
	}

	@Test
	void registrationWhenPrincipalHasEmailThenWelcomeMailDeliveredAndEventsPublished() throws Exception {
		Registration alice = register("Alice Example");
		String id = welcomeId(alice.eventId());

		await().untilAsserted(() -> assertThat(SMTP.messagesTo(alice.email())).hasSize(1));
		MimeMessage mail = SMTP.messagesTo(alice.email()).get(0);
		assertThat(mail.getSubject()).isEqualTo("Welcome to Castellan, Alice Example");
		assertThat(mail.getFrom()[0].toString()).contains("no-reply@castellan.local");
		assertThat((String) mail.getContent()).startsWith("Hello Alice Example,");

		await().untilAsserted(() -> assertThat(notification(id).get("status").asString()).isEqualTo("sent"));
		JsonNode details = details(id);
		JsonNode notification = details.get("notification");
		assertThat(notification.get("tenantId").asString()).isEqualTo(alice.tenantId());
		assertThat(notification.get("principalId").asString()).isEqualTo(alice.principalId());
		assertThat(notification.get("recipient").asString()).isEqualTo(alice.email());
		assertThat(notification.get("template").asString()).isEqualTo("welcome");
		assertThat(notification.get("locale").asString()).isEqualTo("en");
		assertThat(notification.get("attempts").asInt()).isEqualTo(1);
		assertThat(notification.get("sentAt").isNull()).isFalse();
		assertThat(details.get("deliveryAttempts").findValuesAsString("outcome")).containsExactly("delivered");

		await().untilAsserted(() -> assertThat(types(published(id))).containsExactly(NotificationQueued.TYPE,
				NotificationDelivered.TYPE));
		List<ConsumerRecord<String, byte[]>> records = published(id);
		JsonNode queued = this.json.readTree(records.get(0).value());
		assertThat(new EventSchemas().validate(NotificationQueued.TYPE, queued)).isEmpty();
		assertThat(queued.get("principalId").asString()).isEqualTo(alice.principalId());
		assertThat(queued.get("sourceEventId").asString()).isEqualTo(alice.eventId());
		assertThat(queued.get("channel").asString()).isEqualTo("email");
		assertThat(records.get(0).key()).isEqualTo(alice.tenantId());
		assertThat(TestKafka.header(records.get(0), CloudEventHeaders.CORRELATION_ID))
			.as("the registration's correlation id carries on")
			.isEqualTo("req-" + alice.eventId());
		assertThat(this.json.readTree(records.get(1).value()).get("attempt").asInt()).isEqualTo(1);
		records.forEach((record) -> assertThat(new String(record.value(), StandardCharsets.UTF_8))
			.doesNotContain(alice.email()));
	}

	@Test
	void registrationWhenRedeliveredThenQueuedOnceAndSentOnce() {
		Registration bob = register("Bob");
		ConsistencyToken again = publish(bob.eventId(), bob.event());

		JsonNode page = admin().header(ConsistencyToken.HEADER, bob.token().merge(again).encode())
			.get("/api/notifications/outbox?tenantId=" + bob.tenantId())
			.json();

		assertThat(page.get("items")).hasSize(1);
		String id = page.get("items").get(0).get("id").asString();
		assertThat(id).isEqualTo(welcomeId(bob.eventId()));
		await().untilAsserted(() -> assertThat(notification(id).get("status").asString()).isEqualTo("sent"));
		assertThat(SMTP.messagesTo(bob.email())).hasSize(1);
		assertThat(this.jdbc.sql("select count(*) from processed_event where event_id = :id")
			.param("id", bob.eventId())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void registrationWhenPrincipalHasNoEmailThenNothingQueued() {
		String tenant = UUID.randomUUID().toString();
		ConsistencyToken token = publish(UUID.randomUUID().toString(), new PrincipalRegistered(
				UUID.randomUUID().toString(), tenant, "device", "meter-1", null, "active", Instant.now()));

		JsonNode page = admin().header(ConsistencyToken.HEADER, token.encode())
			.get("/api/notifications/outbox?tenantId=" + tenant)
			.json();

		assertThat(page.get("items")).isEmpty();
	}

	@Test
	void dispatchWhenSmtpDownThenRetriedWithAttemptsCountedAndDeliveredWhenBack() {
		SMTP.stop();
		Registration carol = register("Carol");
		String id = welcomeId(carol.eventId());

		await().untilAsserted(() -> {
			JsonNode notification = notification(id);
			assertThat(notification.get("status").asString()).isEqualTo("queued");
			assertThat(notification.get("attempts").asInt()).isGreaterThanOrEqualTo(2);
			assertThat(notification.get("nextAttemptAt").isNull()).isFalse();
			assertThat(notification.get("lastError").asString()).contains("ConnectException");
		});
		SMTP.start();

		await().untilAsserted(() -> assertThat(SMTP.messagesTo(carol.email())).hasSize(1));
		await().untilAsserted(() -> assertThat(notification(id).get("status").asString()).isEqualTo("sent"));
		JsonNode details = details(id);
		int attempts = details.get("notification").get("attempts").asInt();
		assertThat(attempts).isGreaterThanOrEqualTo(3);
		List<String> outcomes = details.get("deliveryAttempts").findValuesAsString("outcome");
		assertThat(outcomes).hasSize(attempts).endsWith("delivered");
		assertThat(outcomes.subList(0, attempts - 1)).containsOnly("failed");
		assertThat(details.get("deliveryAttempts").findValuesAsString("attempt"))
			.isEqualTo(java.util.stream.IntStream.rangeClosed(1, attempts).mapToObj(Integer::toString).toList());

		await().untilAsserted(() -> assertThat(types(published(id))).endsWith(NotificationDelivered.TYPE));
		List<JsonNode> failures = published(id).stream()
			.filter((record) -> NotificationDeliveryFailed.TYPE.equals(TestKafka.header(record, CloudEventHeaders.TYPE)))
			.map((record) -> this.json.readTree(record.value()))
			.toList();
		assertThat(failures).hasSize(attempts - 1);
		assertThat(failures).allSatisfy((failure) -> {
			assertThat(failure.get("nextAttemptAt").isNull()).isFalse();
			assertThat(failure.get("error").asString()).contains("ConnectException").doesNotContain("@");
		});
	}

	@Test
	void retryWhenDeadThenQueuedAgainAndDelivered() {
		SMTP.stop();
		Registration dave = register("Dave");
		String id = welcomeId(dave.eventId());

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			JsonNode notification = notification(id);
			assertThat(notification.get("status").asString()).isEqualTo("dead");
			assertThat(notification.get("attempts").asInt()).isEqualTo(6);
			assertThat(notification.get("nextAttemptAt").isNull()).isTrue();
		});
		await().untilAsserted(() -> assertThat(published(id)).hasSize(7));
		JsonNode lastFailure = this.json.readTree(published(id).get(6).value());
		assertThat(lastFailure.get("attempt").asInt()).isEqualTo(6);
		assertThat(lastFailure.get("nextAttemptAt").isNull()).isTrue();

		// The mail server is back before the admin retries, as an operator would do it; the other way round the
		// dispatcher may try (and fail) once more before the server is up.
		SMTP.start();
		TestHttp.Response retried = admin().post("/api/notifications/outbox/" + id + "/retry", "");
		assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
		assertThat(retried.json().get("status").asString()).isIn("queued", "sent");
		assertThat(retried.json().get("attempts").asInt()).isBetween(6, 7);

		await().untilAsserted(() -> assertThat(SMTP.messagesTo(dave.email())).hasSize(1));
		await().untilAsserted(() -> assertThat(notification(id).get("status").asString()).isEqualTo("sent"));
		assertThat(notification(id).get("attempts").asInt()).isEqualTo(7);
	}

	@Test
	void retryWhenNotDeadOrUnknownThenProblem() {
		Registration erin = register("Erin");
		String id = welcomeId(erin.eventId());
		await().untilAsserted(() -> assertThat(notification(id).get("status").asString()).isEqualTo("sent"));

		TestHttp.Response notDead = admin().post("/api/notifications/outbox/" + id + "/retry", "");
		assertThat(notDead.status()).isEqualTo(409);
		assertThat(notDead.contentType()).startsWith("application/problem+json");
		assertThat(notDead.json().get("code").asString()).isEqualTo("notification_not_dead");

		TestHttp.Response unknown = admin().post("/api/notifications/outbox/nope/retry", "");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("code").asString()).isEqualTo("notification_not_found");
	}

	@Test
	void listWhenFilteredByStatusAndPagedThenEachMatchingOnce() {
		Registration first = register("Frank");
		Registration second = register("Grace", first.tenantId());
		await().untilAsserted(() -> assertThat(admin()
			.get("/api/notifications/outbox?status=sent&tenantId=" + first.tenantId())
			.json()
			.get("items")).hasSize(2));

		JsonNode page1 = admin().get("/api/notifications/outbox?status=sent&limit=1&tenantId=" + first.tenantId())
			.json();
		JsonNode page2 = admin().get("/api/notifications/outbox?status=sent&limit=1&tenantId=" + first.tenantId()
				+ "&after=" + page1.get("next").asString()).json();

		assertThat(List.of(page1.get("items").get(0).get("id").asString(), page2.get("items").get(0).get("id").asString()))
			.containsExactlyInAnyOrder(welcomeId(first.eventId()), welcomeId(second.eventId()));
		assertThat(admin().get("/api/notifications/outbox?status=dead&tenantId=" + first.tenantId()).json().get("items"))
			.isEmpty();
	}

	@Test
	void listWhenParametersInvalidThenBadRequestWithCode() {
		Map<String, String> cases = Map.of("status=bogus", "notification_status_invalid", "limit=0", "limit_invalid",
				"limit=501", "limit_invalid");
		cases.forEach((query, code) -> {
			TestHttp.Response response = admin().get("/api/notifications/outbox?" + query);
			assertThat(response.status()).as(query).isEqualTo(400);
			assertThat(response.json().get("code").asString()).as(query).isEqualTo(code);
		});
		TestHttp.Response garbage = admin().header(ConsistencyToken.HEADER, "garbage!").get("/api/notifications/outbox");
		assertThat(garbage.json().get("code").asString()).isEqualTo("consistency_token_invalid");
	}

	@Test
	void requestsWithoutValidTokenThenUnauthorized() {
		for (String token : new String[] { null, TestTokens.forged("intruder"), TestTokens.expired("old") }) {
			TestHttp http = TestHttp.at(this.port).as(token);
			assertThat(http.get("/api/notifications/outbox").status()).isEqualTo(401);
			assertThat(http.get("/api/notifications/outbox/x").status()).isEqualTo(401);
			TestHttp.Response retry = http.post("/api/notifications/outbox/x/retry", "");
			assertThat(retry.status()).isEqualTo(401);
			assertThat(retry.json().get("code").asString()).isIn("token_missing", "token_invalid");
		}
	}

	@Test
	void requestsWhenCallerNotPlatformAdminThenForbidden() {
		TestHttp someone = TestHttp.at(this.port).as(TestTokens.bearer("someone"));
		for (TestHttp.Response response : List.of(someone.get("/api/notifications/outbox"),
				someone.get("/api/notifications/outbox/x"), someone.post("/api/notifications/outbox/x/retry", ""))) {
			assertThat(response.status()).isEqualTo(403);
			assertThat(response.json().get("code").asString()).isEqualTo("platform_admin_required");
		}
	}

	@Test
	void healthAndApiDescriptionOpenWithoutTokenWhileSmtpDown() {
		SMTP.stop();
		await().untilAsserted(() -> assertThat(TestHttp.at(this.port).get("/actuator/health").status())
			.isEqualTo(200));
		TestHttp.Response docs = TestHttp.at(this.port).get("/v3/api-docs/notification");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().get("paths").has("/api/notifications/outbox/{id}/retry")).isTrue();
	}

	private Registration register(String name) {
		return register(name, UUID.randomUUID().toString());
	}

	private Registration register(String name, String tenantId) {
		String principalId = UUID.randomUUID().toString();
		String eventId = UUID.randomUUID().toString();
		String email = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "-" + principalId.substring(0, 8)
				+ "@example.com";
		PrincipalRegistered event = new PrincipalRegistered(principalId, tenantId, "human", name, email, "active",
				Instant.now());
		return new Registration(eventId, tenantId, principalId, email, event, publish(eventId, event));
	}

	private ConsistencyToken publish(String eventId, PrincipalRegistered event) {
		RecordMetadata metadata = this.publisher.publish(eventId, Instant.now(), event,
				Map.of(CloudEventHeaders.CORRELATION_ID, "req-" + eventId));
		return ConsistencyToken
			.of(Map.of(new ConsistencyToken.Partition(metadata.topic(), metadata.partition()), metadata.offset()));
	}

	private JsonNode notification(String id) {
		return details(id).get("notification");
	}

	private JsonNode details(String id) {
		TestHttp.Response response = admin().get("/api/notifications/outbox/" + id);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	private static List<ConsumerRecord<String, byte[]>> published(String notificationId) {
		return TestKafka.records(EventTypes.NOTIFICATION_TOPIC)
			.stream()
			.filter((record) -> notificationId.equals(TestKafka.header(record, CloudEventHeaders.SUBJECT)))
			.sorted(java.util.Comparator.comparingLong(ConsumerRecord::offset))
			.toList();
	}

	private static List<String> types(List<ConsumerRecord<String, byte[]>> records) {
		return records.stream().map((record) -> TestKafka.header(record, CloudEventHeaders.TYPE)).toList();
	}

	/** Computed here, independently of the service, to pin the id scheme. */
	private static String welcomeId(String eventId) {
		return UUID.nameUUIDFromBytes(("welcome:" + eventId).getBytes(StandardCharsets.UTF_8)).toString();
	}

	private TestHttp admin() {
		return TestHttp.at(this.port).as(ADMIN);
	}

	private record Registration(String eventId, String tenantId, String principalId, String email,
			PrincipalRegistered event, ConsistencyToken token) {
	}

}

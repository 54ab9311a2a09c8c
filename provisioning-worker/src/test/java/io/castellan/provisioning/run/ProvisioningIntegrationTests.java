package io.castellan.provisioning.run;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.castellan.platform.consistency.ConsumedPositions;
import io.castellan.platform.events.CloudEventHeaders;
import io.castellan.platform.events.EventPublisher;
import io.castellan.platform.test.CastellanIntegrationTest;
import io.castellan.platform.test.TestHttp;
import io.castellan.platform.test.TestKafka;
import io.castellan.platform.test.TestTokens;
import io.castellan.provisioning.connector.Connector;
import io.castellan.provisioning.connector.ProvisioningContext;
import io.castellan.provisioning.run.command.StartProvisioningRun;
import io.castellan.provisioning.test.TestWebhookReceiver;
import io.castellan.provisioning.test.TestWebhookReceiver.Answer;
import io.castellan.schemas.EventSchemas;
import io.castellan.schemas.EventTypes;
import io.castellan.schemas.provisioning.ProvisioningRunCompleted;
import io.castellan.schemas.provisioning.ProvisioningRunStarted;
import io.castellan.schemas.provisioning.ProvisioningStepFailed;
import io.castellan.schemas.provisioning.ProvisioningStepSucceeded;
import io.castellan.schemas.tenant.TenantCreated;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The worker for real: tenant events from Kafka start runs; a directory connector (in this test) and the webhook
 * connector, pointed at a receiver that checks every signature, execute them; the outcome is published and shown
 * by the API. The receiver's behaviour depends on the tenant's alias: {@code flaky-*} fails the first call,
 * {@code down-*} fails every provisioning call, anything else succeeds.
 */
@CastellanIntegrationTest
@Import(ProvisioningIntegrationTests.DirectoryConnectorConfiguration.class)
@TestPropertySource(properties = { "castellan.provisioning.steps=directory,webhook",
		"castellan.provisioning.runner.interval=100ms", "castellan.provisioning.retry.backoff=200ms,200ms",
		// The breaker has unit tests of its own; here it must not open across tests sharing the receiver.
		"castellan.provisioning.circuit-breaker.minimum-number-of-calls=1000",
		"castellan.provisioning.webhook.secret=" + TestWebhookReceiver.SECRET })
class ProvisioningIntegrationTests {

	private static final String ADMIN = TestTokens.bearer("bootstrap-admin", Map.of("scope", "platform.admin"));

	private static final String TRACEPARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

	private static final Duration RUN_TIMEOUT = Duration.ofSeconds(30);

	static final TestWebhookReceiver RECEIVER = TestWebhookReceiver.start(TestWebhookReceiver.SECRET,
			ProvisioningIntegrationTests::answer);

	@LocalServerPort
	int port;

	@Autowired
	EventPublisher publisher;

	@Autowired
	ConsumedPositions positions;

	@Autowired
	RecordingDirectoryConnector directory;

	@Autowired
	JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	@DynamicPropertySource
	static void webhookReceiver(DynamicPropertyRegistry registry) {
		registry.add("castellan.provisioning.webhook.url", () -> RECEIVER.url().toString());
	}

	@AfterAll
	static void stopReceiver() {
		RECEIVER.close();
	}

	@Test
	void tenantCreatedWhenWebhookFailsOnceThenRetriedAndRunCompletedWithHandles() {
		String tenantId = UUID.randomUUID().toString();
		String runId = StartProvisioningRun.runIdForTenantCreated(tenantId);

		publishTenantCreated(UUID.randomUUID().toString(), tenantId, "flaky-" + tenantId.substring(0, 8));

		JsonNode run = awaitRun(runId, "completed");
		assertThat(run.get("tenantId").asString()).isEqualTo(tenantId);
		assertThat(run.get("handles").get("directory").asString()).isEqualTo("dir-" + tenantId);
		assertThat(run.get("handles").get("webhook").asString()).isEqualTo("grp-" + tenantId);
		JsonNode webhook = step(run, "webhook");
		assertThat(webhook.get("status").asString()).isEqualTo("succeeded");
		assertThat(webhook.get("attempts").asInt()).isEqualTo(2);
		assertThat(step(run, "directory").get("attempts").asInt()).isEqualTo(1);

		List<TestWebhookReceiver.Request> calls = RECEIVER.requestsFor(tenantId);
		assertThat(calls).hasSize(2).allMatch(TestWebhookReceiver.Request::signatureValid);
		assertThat(calls).extracting(TestWebhookReceiver.Request::attempt).containsExactly(1, 2);
		assertThat(calls.get(1).id()).isEqualTo(calls.get(0).id());
		assertThat(calls.get(0).json().get("runId").asString()).isEqualTo(runId);
		assertThat(calls.get(0).json().get("tenant").get("name").asString()).isEqualTo("Tenant " + tenantId);
		assertThat(calls.get(0).traceparent()).isEqualTo(TRACEPARENT);

		await().atMost(RUN_TIMEOUT).untilAsserted(() -> assertThat(publishedTypes(runId)).containsExactly(
				ProvisioningRunStarted.TYPE, ProvisioningStepSucceeded.TYPE, ProvisioningStepFailed.TYPE,
				ProvisioningStepSucceeded.TYPE, ProvisioningRunCompleted.TYPE));
		List<ConsumerRecord<String, byte[]>> records = published(runId);
		JsonNode failed = this.json.readTree(records.get(2).value());
		assertThat(failed.get("attempt").asInt()).isEqualTo(1);
		assertThat(failed.get("error").asString()).contains("HTTP 503");
		assertThat(failed.get("nextAttemptAt").isNull()).isFalse();
		ConsumerRecord<String, byte[]> completed = records.get(4);
		assertThat(completed.key()).isEqualTo(tenantId);
		assertThat(TestKafka.header(completed, CloudEventHeaders.SOURCE)).isEqualTo("/castellan/provisioning-worker");
		assertThat(TestKafka.header(completed, CloudEventHeaders.CORRELATION_ID)).isEqualTo("req-" + tenantId);
		assertThat(TestKafka.header(completed, CloudEventHeaders.TRACEPARENT)).isEqualTo(TRACEPARENT);
		JsonNode payload = this.json.readTree(completed.value());
		assertThat(new EventSchemas().validate(ProvisioningRunCompleted.TYPE, payload)).isEmpty();
		assertThat(payload.get("handles").get("webhook").asString()).isEqualTo("grp-" + tenantId);
	}

	@Test
	void tenantCreatedWhenRedeliveredOrReplayedThenOneRunOnly() {
		String tenantId = UUID.randomUUID().toString();
		String runId = StartProvisioningRun.runIdForTenantCreated(tenantId);
		String eventId = UUID.randomUUID().toString();

		publishTenantCreated(eventId, tenantId, "once-" + tenantId.substring(0, 8));
		publishTenantCreated(eventId, tenantId, "once-" + tenantId.substring(0, 8));
		RecordMetadata replay = publishTenantCreated(UUID.randomUUID().toString(), tenantId,
				"once-" + tenantId.substring(0, 8));
		await().atMost(RUN_TIMEOUT)
			.until(() -> this.positions.position(replay.topic(), replay.partition()) > replay.offset());

		awaitRun(runId, "completed");
		JsonNode runs = admin().get("/api/provisioning/runs?tenantId=" + tenantId).json().get("items");
		assertThat(runs).hasSize(1);
		assertThat(runs.get(0).get("id").asString()).isEqualTo(runId);
		assertThat(this.jdbc
			.sql("select count(*) from domain_event_entry where aggregate_identifier = :id and sequence_number = 0")
			.param("id", runId)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(RECEIVER.requestsFor(tenantId)).hasSize(1);
	}

	@Test
	void tenantCreatedWhenWebhookAlwaysFailsThenRunFailedAfterEveryAttemptAndDirectoryCompensated() {
		String tenantId = UUID.randomUUID().toString();
		String runId = StartProvisioningRun.runIdForTenantCreated(tenantId);

		publishTenantCreated(UUID.randomUUID().toString(), tenantId, "down-" + tenantId.substring(0, 8));

		JsonNode run = awaitRun(runId, "failed");
		JsonNode webhook = step(run, "webhook");
		assertThat(webhook.get("status").asString()).isEqualTo("failed");
		assertThat(webhook.get("attempts").asInt()).isEqualTo(3);
		assertThat(webhook.get("lastError").asString()).contains("HTTP 500");
		assertThat(run.get("lastError").asString()).contains("HTTP 500");
		assertThat(run.get("finishedAt").isNull()).isFalse();
		await().atMost(RUN_TIMEOUT)
			.untilAsserted(() -> assertThat(step(run(runId), "directory").get("status").asString())
				.isEqualTo("compensated"));
		assertThat(this.directory.compensated).contains("dir-" + tenantId);
		assertThat(admin().get("/api/provisioning/runs?status=failed").json().get("items"))
			.anySatisfy((item) -> assertThat(item.get("id").asString()).isEqualTo(runId));
		assertThat(admin().get("/api/provisioning/runs?status=completed&tenantId=" + tenantId).json().get("items"))
			.isEmpty();
		assertThat(RECEIVER.requestsFor(tenantId)).extracting(TestWebhookReceiver.Request::attempt)
			.containsExactly(1, 2, 3);

		await().atMost(RUN_TIMEOUT)
			.untilAsserted(() -> assertThat(publishedTypes(runId)).containsExactly(ProvisioningRunStarted.TYPE,
					ProvisioningStepSucceeded.TYPE, ProvisioningStepFailed.TYPE, ProvisioningStepFailed.TYPE,
					ProvisioningStepFailed.TYPE));
		JsonNode gaveUp = this.json.readTree(published(runId).get(4).value());
		assertThat(gaveUp.get("attempt").asInt()).isEqualTo(3);
		assertThat(gaveUp.get("nextAttemptAt").isNull()).isTrue();
	}

	@Test
	void runsWhenCallerNotPlatformAdminOrUnknownRunThenProblems() {
		TestHttp.Response anonymous = TestHttp.at(this.port).get("/api/provisioning/runs");
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.json().get("code").asString()).isEqualTo("token_missing");

		TestHttp.Response someone = TestHttp.at(this.port).as(TestTokens.bearer("someone")).get("/api/provisioning/runs");
		assertThat(someone.status()).isEqualTo(403);
		assertThat(someone.json().get("code").asString()).isEqualTo("platform_admin_required");

		TestHttp.Response unknown = admin().get("/api/provisioning/runs/nope");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		assertThat(unknown.json().get("code").asString()).isEqualTo("run_not_found");

		assertThat(admin().get("/api/provisioning/runs?status=sleeping").json().get("code").asString())
			.isEqualTo("status_invalid");
	}

	@Test
	void healthAndApiDocsOpenWithoutToken() {
		await().untilAsserted(() -> assertThat(TestHttp.at(this.port).get("/actuator/health/readiness").status())
			.isEqualTo(200));
		TestHttp.Response docs = TestHttp.at(this.port).get("/v3/api-docs/provisioning");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().get("paths").has("/api/provisioning/runs/{runId}")).isTrue();
	}

	private RecordMetadata publishTenantCreated(String eventId, String tenantId, String alias) {
		return this.publisher.publish(eventId, Instant.now(),
				new TenantCreated(tenantId, "Tenant " + tenantId, alias, "active", "bootstrap-admin", Instant.now()),
				Map.of(CloudEventHeaders.CORRELATION_ID, "req-" + tenantId, CloudEventHeaders.TRACEPARENT, TRACEPARENT));
	}

	private JsonNode awaitRun(String runId, String status) {
		await().atMost(RUN_TIMEOUT).untilAsserted(() -> assertThat(run(runId).path("status").asString()).isEqualTo(status));
		return run(runId);
	}

	private JsonNode run(String runId) {
		TestHttp.Response response = admin().get("/api/provisioning/runs/" + runId);
		return (response.status() == 200) ? response.json() : this.json.createObjectNode();
	}

	private static JsonNode step(JsonNode run, String name) {
		for (JsonNode step : run.get("steps")) {
			if (step.get("name").asString().equals(name)) {
				return step;
			}
		}
		throw new AssertionError("No step " + name + " in " + run);
	}

	/** The run's records in publication order (one key, so one partition). */
	private static List<ConsumerRecord<String, byte[]>> published(String runId) {
		return TestKafka.records(EventTypes.PROVISIONING_TOPIC)
			.stream()
			.filter((record) -> runId.equals(TestKafka.header(record, CloudEventHeaders.SUBJECT)))
			.toList();
	}

	private static List<String> publishedTypes(String runId) {
		return published(runId).stream().map((record) -> TestKafka.header(record, CloudEventHeaders.TYPE)).toList();
	}

	private TestHttp admin() {
		return TestHttp.at(this.port).as(ADMIN);
	}

	private static Answer answer(TestWebhookReceiver.Request request) {
		String alias = request.json().path("tenant").path("alias").asString();
		String tenantId = request.json().path("tenantId").asString();
		if (request.action().equals("provision") && alias.startsWith("down-")) {
			return Answer.status(500);
		}
		if (alias.startsWith("flaky-") && request.attempt() == 1) {
			return Answer.status(503);
		}
		return Answer.handle("grp-" + tenantId);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class DirectoryConnectorConfiguration {

		@Bean
		RecordingDirectoryConnector directoryConnector() {
			return new RecordingDirectoryConnector();
		}

	}

	/** A second step ahead of the webhook, so a failing webhook has something to compensate. */
	static final class RecordingDirectoryConnector implements Connector {

		final List<String> compensated = new CopyOnWriteArrayList<>();

		@Override
		public String name() {
			return "directory";
		}

		@Override
		public String provision(ProvisioningContext context) {
			return "dir-" + context.tenant().id();
		}

		@Override
		public void compensate(ProvisioningContext context, String handle) {
			this.compensated.add(handle);
		}

	}

}

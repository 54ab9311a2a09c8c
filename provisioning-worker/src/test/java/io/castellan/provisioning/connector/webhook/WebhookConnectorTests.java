package io.castellan.provisioning.connector.webhook;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.castellan.provisioning.connector.ConnectorException;
import io.castellan.provisioning.connector.ProvisioningContext;
import io.castellan.provisioning.test.TestWebhookReceiver;
import io.castellan.provisioning.test.TestWebhookReceiver.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WebhookConnectorTests {

	private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

	private final TestWebhookReceiver receiver = TestWebhookReceiver.start(TestWebhookReceiver.SECRET,
			(request) -> Answer.handle("grp-" + request.json().path("tenantId").asString()));

	private final CountDownLatch release = new CountDownLatch(1);

	@AfterEach
	void stop() {
		this.release.countDown();
		this.receiver.close();
	}

	@Test
	void provisionWhenReceiverAnswersHandleThenSignedRequestAndHandleReturned() {
		String handle = connector(Duration.ofSeconds(5)).provision(context(1));

		assertThat(handle).isEqualTo("grp-t-1");
		TestWebhookReceiver.Request request = this.receiver.requests().getFirst();
		assertThat(request.signatureValid()).isTrue();
		assertThat(request.id()).startsWith("msg_");
		assertThat(request.traceparent()).isEqualTo(TRACEPARENT);
		JsonNode body = request.json();
		assertThat(body.path("action").asString()).isEqualTo("provision");
		assertThat(body.path("runId").asString()).isEqualTo("run-1");
		assertThat(body.path("tenantId").asString()).isEqualTo("t-1");
		assertThat(body.path("step").asString()).isEqualTo("webhook");
		assertThat(body.path("attempt").asInt()).isEqualTo(1);
		assertThat(body.path("tenant").path("name").asString()).isEqualTo("Acme");
		assertThat(body.path("tenant").path("alias").asString()).isEqualTo("acme");
		assertThat(body.has("handle")).isFalse();
	}

	@Test
	void provisionWhenRetriedThenSameWebhookIdButCompensationHasItsOwn() {
		WebhookConnector connector = connector(Duration.ofSeconds(5));
		connector.provision(context(1));
		connector.provision(context(2));
		connector.compensate(context(1), "grp-t-1");

		var requests = this.receiver.requests();
		assertThat(requests).hasSize(3).allMatch(TestWebhookReceiver.Request::signatureValid);
		assertThat(requests.get(1).id()).isEqualTo(requests.get(0).id());
		assertThat(requests.get(1).attempt()).isEqualTo(2);
		assertThat(requests.get(2).id()).isNotEqualTo(requests.get(0).id());
		assertThat(requests.get(2).action()).isEqualTo("compensate");
		assertThat(requests.get(2).json().path("handle").asString()).isEqualTo("grp-t-1");
	}

	@Test
	void provisionWhenReceiverAnswersErrorThenFailsWithStatusAndBody() {
		this.receiver.respondWith((request) -> Answer.status(503));
		assertThatExceptionOfType(ConnectorException.class)
			.isThrownBy(() -> connector(Duration.ofSeconds(5)).provision(context(1)))
			.withMessageContaining("HTTP 503")
			.withMessageContaining("test receiver says 503");
	}

	@Test
	void provisionWhenReceiverTooSlowThenFailsWithTimeout() {
		this.receiver.respondWith((request) -> {
			awaitRelease();
			return Answer.handle("late");
		});
		assertThatExceptionOfType(ConnectorException.class)
			.isThrownBy(() -> connector(Duration.ofMillis(300)).provision(context(1)))
			.withMessageContaining("did not answer within");
	}

	@Test
	void provisionWhenNoUrlThenNothingCalledAndNoHandle() {
		WebhookConnector connector = new WebhookConnector(null, null, Duration.ofSeconds(1), Duration.ofSeconds(1),
				JsonMapper.builder().build(), Clock.systemUTC());
		assertThat(connector.provision(context(1))).isNull();
		assertThat(this.receiver.requests()).isEmpty();
	}

	@Test
	void createWhenUrlWithoutSecretThenRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new WebhookConnector(this.receiver.url(), " ",
				Duration.ofSeconds(1), Duration.ofSeconds(1), JsonMapper.builder().build(), Clock.systemUTC()));
	}

	private WebhookConnector connector(Duration timeout) {
		return new WebhookConnector(this.receiver.url(), TestWebhookReceiver.SECRET, Duration.ofSeconds(1), timeout,
				JsonMapper.builder().build(), Clock.systemUTC());
	}

	private static ProvisioningContext context(int attempt) {
		return new ProvisioningContext("run-1", "webhook", attempt,
				new ProvisioningContext.Tenant("t-1", "Acme", "acme", "admin"), TRACEPARENT);
	}

	private void awaitRelease() {
		try {
			this.release.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

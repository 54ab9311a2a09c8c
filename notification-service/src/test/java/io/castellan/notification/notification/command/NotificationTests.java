package io.castellan.notification.notification.command;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.castellan.notification.notification.event.NotificationDelivered;
import io.castellan.notification.notification.event.NotificationDeliveryFailed;
import io.castellan.notification.notification.event.NotificationQueued;
import io.castellan.notification.notification.event.NotificationRequeued;
import io.castellan.notification.template.ClasspathNotificationTemplates;
import io.castellan.platform.web.ProblemException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.castellan.notification.notification.command.TestNotifications.ID;
import static io.castellan.notification.notification.command.TestNotifications.QUEUED_AT;
import static io.castellan.notification.notification.command.TestNotifications.TENANT;
import static io.castellan.notification.notification.command.TestNotifications.failed;
import static io.castellan.notification.notification.command.TestNotifications.queue;
import static io.castellan.notification.notification.command.TestNotifications.queued;
import static org.assertj.core.api.Assertions.assertThat;

class NotificationTests {

	private static final List<Duration> STANDARD_DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
			Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(12));

	private AggregateTestFixture<Notification> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = fresh();
	}

	@Test
	void queueWhenTemplateExistsThenQueuedDueAtOnce() {
		this.fixture.givenNoPriorActivity()
			.when(queue("en"))
			.expectSuccessfulHandlerExecution()
			.expectEvents(queued());
	}

	@Test
	void queueWhenLocaleNotShippedThenQueuedWithEnglishFixedOnIt() {
		this.fixture.givenNoPriorActivity().when(queue("pt-BR")).expectEvents(queued());
	}

	@Test
	void queueWhenRegionalLocaleThenItsLanguage() {
		NotificationQueued dutch = new NotificationQueued(ID, TENANT, "p-1", Notification.EMAIL, "alice@example.com",
				"welcome", "nl", Map.of("name", "Alice"), "e-1", QUEUED_AT);
		this.fixture.givenNoPriorActivity().when(queue("nl-BE")).expectEvents(dutch);
	}

	@Test
	void queueWhenTemplateUnknownThenRejectedWithoutEvents() {
		this.fixture.givenNoPriorActivity()
			.when(new QueueNotification(ID, TENANT, "p-1", "a@example.com", "no-such-template", "en", Map.of(), null,
					QUEUED_AT))
			.expectException(ProblemException.class)
			.expectExceptionMessage("No template 'no-such-template'.")
			.expectNoEvents();
	}

	@Test
	void queueWhenTemplateParameterMissingThenRejectedWithoutEvents() {
		this.fixture.givenNoPriorActivity()
			.when(new QueueNotification(ID, TENANT, "p-1", "a@example.com", "welcome", "en", Map.of(), null,
					QUEUED_AT))
			.expectException(ProblemException.class)
			.expectNoEvents();
	}

	@Test
	void recordDeliveryWhenQueuedThenDelivered() {
		Instant at = QUEUED_AT.plusSeconds(1);
		this.fixture.given(queued())
			.when(new RecordDelivery(ID, 1, at))
			.expectEvents(new NotificationDelivered(ID, TENANT, 1, at));
	}

	@Test
	void recordDeliveryWhenAlreadySentThenRejected() {
		this.fixture.given(queued(), new NotificationDelivered(ID, TENANT, 1, QUEUED_AT))
			.when(new RecordDelivery(ID, 2, QUEUED_AT))
			.expectException(ProblemException.class)
			.expectNoEvents();
	}

	@Test
	void recordFailureWhenAttemptsLeftThenRetriedAfter1m5m30m2h12h() {
		List<Object> history = new ArrayList<>(List.of(queued()));
		Instant at = QUEUED_AT;
		for (int attempt = 1; attempt <= 5; attempt++) {
			NotificationDeliveryFailed expected = failed(attempt, at, at.plus(STANDARD_DELAYS.get(attempt - 1)));
			fresh().given(history)
				.when(new RecordDeliveryFailure(ID, attempt, "connection refused", at))
				.expectEvents(expected);
			history.add(expected);
			at = expected.nextAttemptAt();
		}
	}

	@Test
	void recordFailureWhenSixthAttemptFailsThenDead() {
		Instant at = QUEUED_AT.plus(Duration.ofDays(1));
		this.fixture.given(fiveFailures())
			.when(new RecordDeliveryFailure(ID, 6, "connection refused", at))
			.expectEvents(failed(6, at, null));
	}

	@Test
	void recordOutcomeWhenDeadThenRejected() {
		List<Object> dead = fiveFailures();
		dead.add(failed(6, QUEUED_AT, null));
		this.fixture.given(dead)
			.when(new RecordDeliveryFailure(ID, 7, "again", QUEUED_AT))
			.expectException(ProblemException.class)
			.expectNoEvents();
		fresh().given(dead).when(new RecordDelivery(ID, 7, QUEUED_AT)).expectException(ProblemException.class);
	}

	@Test
	void recordOutcomeWhenAttemptNotTheNextThenRejectedAsStale() {
		this.fixture.given(queued(), failed(1, QUEUED_AT, QUEUED_AT.plusSeconds(60)))
			.when(new RecordDeliveryFailure(ID, 1, "repeated", QUEUED_AT))
			.expectException(ProblemException.class)
			.expectExceptionMessage("Attempt 1 is not the next one; 1 were recorded.")
			.expectNoEvents();
	}

	@Test
	void retryWhenDeadThenRequeuedAndANewRoundOfRetriesStarts() {
		List<Object> dead = fiveFailures();
		dead.add(failed(6, QUEUED_AT, null));
		this.fixture.given(dead)
			.when(new RetryNotification(ID, "admin", QUEUED_AT))
			.expectEvents(new NotificationRequeued(ID, TENANT, "admin", QUEUED_AT));

		dead.add(new NotificationRequeued(ID, TENANT, "admin", QUEUED_AT));
		fresh().given(dead)
			.when(new RecordDeliveryFailure(ID, 7, "still down", QUEUED_AT))
			.expectEvents(new NotificationDeliveryFailed(ID, TENANT, 7, "still down", QUEUED_AT,
					QUEUED_AT.plus(Duration.ofMinutes(1))));
	}

	@Test
	void retryWhenNotDeadThenRejected() {
		this.fixture.given(queued())
			.when(new RetryNotification(ID, "admin", QUEUED_AT))
			.expectException(ProblemException.class)
			.expectExceptionMessage("Only a dead notification can be retried; this one is queued.")
			.expectNoEvents();
	}

	@Test
	void scheduleWhenCustomDelaysThenOneMoreAttemptThanDelays() {
		RetrySchedule schedule = new RetrySchedule(List.of(Duration.ofMillis(200), Duration.ofSeconds(1)));
		assertThat(schedule.maxAttempts()).isEqualTo(3);
		assertThat(schedule.nextAttemptAt(1, QUEUED_AT)).isEqualTo(QUEUED_AT.plusMillis(200));
		assertThat(schedule.nextAttemptAt(2, QUEUED_AT)).isEqualTo(QUEUED_AT.plusSeconds(1));
		assertThat(schedule.nextAttemptAt(3, QUEUED_AT)).isNull();
		assertThat(RetrySchedule.standard().delays()).isEqualTo(STANDARD_DELAYS);
		assertThat(RetrySchedule.standard().maxAttempts()).isEqualTo(6);
	}

	private static List<Object> fiveFailures() {
		List<Object> history = new ArrayList<>(List.of(queued()));
		Instant at = QUEUED_AT;
		for (int attempt = 1; attempt <= 5; attempt++) {
			Instant next = at.plus(STANDARD_DELAYS.get(attempt - 1));
			history.add(failed(attempt, at, next));
			at = next;
		}
		return history;
	}

	/** A fixture with no history, for tests that run several given/when steps. */
	private static AggregateTestFixture<Notification> fresh() {
		AggregateTestFixture<Notification> fixture = new AggregateTestFixture<>(Notification.class);
		fixture.registerInjectableResource(new ClasspathNotificationTemplates());
		fixture.registerInjectableResource(RetrySchedule.standard());
		return fixture;
	}

}

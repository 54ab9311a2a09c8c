package io.castellan.provisioning.run.command;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.castellan.platform.web.ProblemException;
import io.castellan.provisioning.run.event.CompensationFailed;
import io.castellan.provisioning.run.event.RunCompleted;
import io.castellan.provisioning.run.event.RunFailed;
import io.castellan.provisioning.run.event.RunStarted;
import io.castellan.provisioning.run.event.StepCompensated;
import io.castellan.provisioning.run.event.StepFailed;
import io.castellan.provisioning.run.event.StepSucceeded;
import io.castellan.provisioning.run.event.TenantSnapshot;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProvisioningRunTests {

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	private static final Instant LATER = NOW.plusSeconds(60);

	private static final String RUN = "run-1";

	private static final String TENANT = "t-1";

	private static final TenantSnapshot ACME = new TenantSnapshot("Acme", "acme", "admin");

	private AggregateTestFixture<ProvisioningRun> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(ProvisioningRun.class);
		// Two retries: attempts 1 and 2 are retried, attempt 3 gives up.
		this.fixture.registerInjectableResource(new RetrySchedule(List.of(Duration.ofSeconds(5), Duration.ofSeconds(30))));
	}

	@Test
	void startWhenStepsGivenThenRunStartedWithStepsInOrder() {
		this.fixture.givenNoPriorActivity()
			.when(new StartProvisioningRun(RUN, TENANT, "tenant.created", List.of("directory", "webhook"), ACME, NOW))
			.expectEvents(started("directory", "webhook"));
	}

	@Test
	void startWhenNoStepsThenRunCompletesAtOnce() {
		this.fixture.givenNoPriorActivity()
			.when(new StartProvisioningRun(RUN, TENANT, "tenant.created", List.of(), ACME, NOW))
			.expectEvents(started(), new RunCompleted(RUN, TENANT, Map.of(), NOW));
	}

	@Test
	void completeStepWhenNotLastThenOnlyStepSucceeded() {
		this.fixture.given(started("directory", "webhook"))
			.when(new CompleteStep(RUN, "directory", 1, "dir-1", LATER))
			.expectEvents(new StepSucceeded(RUN, TENANT, "directory", 1, "dir-1", LATER));
	}

	@Test
	void completeStepWhenLastThenRunCompletedWithEveryHandle() {
		Map<String, String> handles = new LinkedHashMap<>();
		handles.put("directory", "dir-1");
		handles.put("webhook", null);
		this.fixture
			.given(started("directory", "webhook"), new StepSucceeded(RUN, TENANT, "directory", 1, "dir-1", NOW),
					new StepFailed(RUN, TENANT, "webhook", 1, "HTTP 503", NOW.plusSeconds(5), NOW))
			.when(new CompleteStep(RUN, "webhook", 2, null, LATER))
			.expectEvents(new StepSucceeded(RUN, TENANT, "webhook", 2, null, LATER),
					new RunCompleted(RUN, TENANT, handles, LATER));
	}

	@Test
	void failStepWhenRetriesLeftThenStepFailedWithNextAttemptFromSchedule() {
		this.fixture.given(started("webhook"), new StepFailed(RUN, TENANT, "webhook", 1, "HTTP 503", NOW.plusSeconds(5), NOW))
			.when(new FailStep(RUN, "webhook", 2, "HTTP 500", LATER))
			.expectEvents(new StepFailed(RUN, TENANT, "webhook", 2, "HTTP 500", LATER.plusSeconds(30), LATER));
	}

	@Test
	void failStepWhenLastAttemptThenRunFailedAndSucceededStepsCompensatedInReverse() {
		this.fixture
			.given(started("directory", "mail", "webhook"),
					new StepSucceeded(RUN, TENANT, "directory", 1, "dir-1", NOW),
					new StepSucceeded(RUN, TENANT, "mail", 1, "mail-1", NOW),
					new StepFailed(RUN, TENANT, "webhook", 1, "down", NOW.plusSeconds(5), NOW),
					new StepFailed(RUN, TENANT, "webhook", 2, "down", NOW.plusSeconds(35), NOW.plusSeconds(5)))
			.when(new FailStep(RUN, "webhook", 3, "still down", LATER))
			.expectEvents(new StepFailed(RUN, TENANT, "webhook", 3, "still down", null, LATER),
					new RunFailed(RUN, TENANT, "webhook", "still down", List.of("mail", "directory"), LATER));
	}

	@Test
	void completeStepWhenAttemptAlreadyRecordedThenRejectedAsStale() {
		this.fixture.given(started("webhook"), new StepFailed(RUN, TENANT, "webhook", 1, "HTTP 503", NOW, NOW))
			.when(new CompleteStep(RUN, "webhook", 1, "h", LATER))
			.expectException(ProblemException.class)
			.expectExceptionMessage(org.hamcrest.Matchers.containsString("Attempt 1 of step 'webhook'"))
			.expectNoEvents();
	}

	@Test
	void completeStepWhenNotTheCurrentStepThenRejected() {
		this.fixture.given(started("directory", "webhook"))
			.when(new CompleteStep(RUN, "webhook", 1, "h", LATER))
			.expectException(ProblemException.class)
			.expectNoEvents();
	}

	@Test
	void completeStepWhenRunFailedThenRejected() {
		this.fixture.given(started("webhook"), new RunFailed(RUN, TENANT, "webhook", "down", List.of(), NOW))
			.when(new CompleteStep(RUN, "webhook", 1, "h", LATER))
			.expectException(ProblemException.class)
			.expectNoEvents();
	}

	@Test
	void completeCompensationWhenStepNextInLineThenStepCompensated() {
		this.fixture.given(failedAfter("mail", "directory"))
			.when(new CompleteCompensation(RUN, "mail", 1, LATER))
			.expectEvents(new StepCompensated(RUN, TENANT, "mail", 1, LATER));
	}

	@Test
	void completeCompensationWhenStepNotNextInLineThenRejected() {
		this.fixture.given(failedAfter("mail", "directory"))
			.when(new CompleteCompensation(RUN, "directory", 1, LATER))
			.expectException(ProblemException.class)
			.expectNoEvents();
	}

	@Test
	void failCompensationWhenRetriesLeftThenRetriedOnSchedule() {
		this.fixture.given(failedAfter("mail", "directory"))
			.when(new FailCompensation(RUN, "mail", 1, "HTTP 500", LATER))
			.expectEvents(new CompensationFailed(RUN, TENANT, "mail", 1, "HTTP 500", LATER.plusSeconds(5), LATER));
	}

	@Test
	void failCompensationWhenLastAttemptThenGivesUpAndNextStepIsCompensated() {
		Object[] history = { started("directory", "mail", "webhook"),
				new RunFailed(RUN, TENANT, "webhook", "down", List.of("mail", "directory"), NOW),
				new CompensationFailed(RUN, TENANT, "mail", 1, "x", NOW, NOW),
				new CompensationFailed(RUN, TENANT, "mail", 2, "x", NOW, NOW),
				new CompensationFailed(RUN, TENANT, "mail", 3, "x", null, NOW) };
		this.fixture.given(history)
			.when(new CompleteCompensation(RUN, "directory", 1, LATER))
			.expectEvents(new StepCompensated(RUN, TENANT, "directory", 1, LATER));
	}

	private static RunStarted started(String... steps) {
		return new RunStarted(RUN, TENANT, "tenant.created", List.of(steps), ACME, NOW);
	}

	/** A run of directory, mail, webhook whose webhook gave up: the given steps await compensation, in order. */
	private static Object[] failedAfter(String... compensations) {
		return new Object[] { started("directory", "mail", "webhook"),
				new StepSucceeded(RUN, TENANT, "directory", 1, "dir-1", NOW),
				new StepSucceeded(RUN, TENANT, "mail", 1, "mail-1", NOW),
				new RunFailed(RUN, TENANT, "webhook", "down", List.of(compensations), NOW) };
	}

}

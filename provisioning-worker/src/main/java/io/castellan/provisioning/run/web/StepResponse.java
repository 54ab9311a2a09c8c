package io.castellan.provisioning.run.web;

import java.time.Instant;

import io.castellan.provisioning.run.query.StepSummary;

/**
 * A step of a run as the API shows it.
 * @param status {@code pending}, {@code succeeded}, {@code failed}, {@code skipped}, {@code compensating},
 * {@code compensated} or {@code compensation_failed}
 * @param attempts provisioning attempts made so far
 * @param compensationAttempts attempts made at undoing the step after the run failed
 * @param nextAttemptAt when the worker tries it (again), absent when it waits for nothing
 */
public record StepResponse(String name, String status, int attempts, int compensationAttempts, String handle,
		String lastError, Instant nextAttemptAt, Instant updatedAt) {

	static StepResponse of(StepSummary step) {
		return new StepResponse(step.step(), step.status(), step.attempts(), step.compensationAttempts(),
				step.handle(), step.lastError(), step.nextAttemptAt(), step.updatedAt());
	}

}

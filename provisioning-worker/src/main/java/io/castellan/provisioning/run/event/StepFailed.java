package io.castellan.provisioning.run.event;

import java.time.Instant;

/**
 * Internal event: an attempt of a step failed; the step is tried again at {@code nextAttemptAt}, or, when that is
 * null, gave up (a {@link RunFailed} follows). Published as castellan.provisioning.step.failed.v1.
 */
public record StepFailed(String runId, String tenantId, String step, int attempt, String error, Instant nextAttemptAt,
		Instant failedAt) {
}

package io.castellan.provisioning.run.event;

import java.time.Instant;
import java.util.List;

/**
 * Internal event: a step gave up, so the run failed. The steps that had succeeded are undone in
 * {@code compensations} order (the reverse of the order they ran in). Not published: consumers see the
 * {@code step.failed} event without a next attempt.
 */
public record RunFailed(String runId, String tenantId, String failedStep, String error, List<String> compensations,
		Instant failedAt) {
}

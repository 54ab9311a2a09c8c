package io.castellan.provisioning.run.query;

import java.time.Instant;
import java.util.List;

/**
 * A run of the read model with its steps in order.
 * @param status {@code running}, {@code completed} or {@code failed}
 * @param lastError the error of the latest failed attempt, if any
 */
public record RunSummary(String runId, String tenantId, String reason, String status, String lastError,
		Instant startedAt, Instant updatedAt, Instant finishedAt, List<StepSummary> steps) {
}

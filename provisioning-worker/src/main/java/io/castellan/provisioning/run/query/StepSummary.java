package io.castellan.provisioning.run.query;

import java.time.Instant;

/**
 * A step of a run in the read model.
 * @param status {@code pending}, {@code succeeded}, {@code failed}, {@code skipped} (not tried because an earlier
 * step failed), {@code compensating}, {@code compensated} or {@code compensation_failed}
 * @param nextAttemptAt when the runner tries it (again), null when it waits for nothing
 */
public record StepSummary(String step, int position, String status, int attempts, int compensationAttempts,
		String handle, String lastError, Instant nextAttemptAt, Instant updatedAt) {
}

package io.castellan.provisioning.run.event;

import java.time.Instant;

/**
 * Internal event: undoing a step failed; it is tried again at {@code nextAttemptAt}, or, when that is null, left
 * for an operator (the external resource may still exist; its handle stays on the run).
 */
public record CompensationFailed(String runId, String tenantId, String step, int attempt, String error,
		Instant nextAttemptAt, Instant failedAt) {
}

package io.castellan.provisioning.run.event;

import java.time.Instant;

/**
 * Internal event: an attempt of a step succeeded; {@code handle} is the external system's id for what it created,
 * null when the connector created nothing. Published as castellan.provisioning.step.succeeded.v1.
 */
public record StepSucceeded(String runId, String tenantId, String step, int attempt, String handle,
		Instant succeededAt) {
}

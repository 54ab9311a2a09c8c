package io.castellan.provisioning.run.event;

import java.time.Instant;

/** Internal event: what a step had created in its external system was undone. */
public record StepCompensated(String runId, String tenantId, String step, int attempt, Instant compensatedAt) {
}

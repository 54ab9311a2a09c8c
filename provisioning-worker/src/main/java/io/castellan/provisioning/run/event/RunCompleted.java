package io.castellan.provisioning.run.event;

import java.time.Instant;
import java.util.Map;

/**
 * Internal event: every step succeeded; {@code handles} maps each step to its handle (values may be null).
 * Published as castellan.provisioning.run.completed.v1.
 */
public record RunCompleted(String runId, String tenantId, Map<String, String> handles, Instant completedAt) {
}

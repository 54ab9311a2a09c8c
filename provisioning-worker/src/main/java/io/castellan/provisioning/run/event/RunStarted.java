package io.castellan.provisioning.run.event;

import java.time.Instant;
import java.util.List;

/**
 * Internal event: a provisioning run started; its steps run in this order. Published as
 * castellan.provisioning.run.started.v1.
 */
public record RunStarted(String runId, String tenantId, String reason, List<String> steps, TenantSnapshot tenant,
		Instant startedAt) {
}

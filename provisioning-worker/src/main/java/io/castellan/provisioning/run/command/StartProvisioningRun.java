package io.castellan.provisioning.run.command;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.castellan.provisioning.run.event.TenantSnapshot;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Start a provisioning run for a tenant with these steps, in order. The id, steps and time come from the caller
 * so the aggregate stays deterministic.
 */
public record StartProvisioningRun(@TargetAggregateIdentifier String runId, String tenantId, String reason,
		List<String> steps, TenantSnapshot tenant, Instant startedAt) {

	/** Reason of the run a tenant's creation starts. */
	public static final String TENANT_CREATED = "tenant.created";

	/**
	 * The id of the run a tenant's creation starts: derived from the tenant, so a redelivered or replayed event
	 * names the same run instead of starting a second one.
	 */
	public static String runIdForTenantCreated(String tenantId) {
		return UUID.nameUUIDFromBytes((TENANT_CREATED + ":" + tenantId).getBytes(StandardCharsets.UTF_8)).toString();
	}

}

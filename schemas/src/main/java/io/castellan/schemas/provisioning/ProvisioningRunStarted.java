package io.castellan.schemas.provisioning;

import java.util.List;

import io.castellan.schemas.PublishedEvent;

/** A provisioning run started for a tenant, with its steps in order. Schema: {@code schemas/castellan.provisioning.run.started.v1.json}. */
public record ProvisioningRunStarted(String runId, String tenantId, String reason, List<String> steps)
		implements PublishedEvent {

	public static final String TYPE = "castellan.provisioning.run.started.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.runId;
	}

}

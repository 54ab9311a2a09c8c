package io.castellan.schemas.provisioning;

import io.castellan.schemas.PublishedEvent;

/** A step of a run succeeded; {@code handle} is the external system's id for what it created. Schema: {@code schemas/castellan.provisioning.step.succeeded.v1.json}. */
public record ProvisioningStepSucceeded(String runId, String tenantId, String step, int attempt, String handle)
		implements PublishedEvent {

	public static final String TYPE = "castellan.provisioning.step.succeeded.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.runId;
	}

}

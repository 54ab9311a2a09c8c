package io.castellan.schemas.provisioning;

import java.time.Instant;

import io.castellan.schemas.PublishedEvent;

/**
 * An attempt of a step failed. {@code nextAttemptAt} is null when the step gave up and the run failed.
 * Schema: {@code schemas/castellan.provisioning.step.failed.v1.json}.
 */
public record ProvisioningStepFailed(String runId, String tenantId, String step, int attempt, String error,
		Instant nextAttemptAt) implements PublishedEvent {

	public static final String TYPE = "castellan.provisioning.step.failed.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.runId;
	}

}

package io.castellan.schemas.provisioning;

import java.util.Map;

import io.castellan.schemas.PublishedEvent;

/** Every step of a run succeeded; {@code handles} maps each step to its external handle. Schema: {@code schemas/castellan.provisioning.run.completed.v1.json}. */
public record ProvisioningRunCompleted(String runId, String tenantId, Map<String, String> handles)
		implements PublishedEvent {

	public static final String TYPE = "castellan.provisioning.run.completed.v1";

	@Override
	public String eventType() {
		return TYPE;
	}

	@Override
	public String subject() {
		return this.runId;
	}

}

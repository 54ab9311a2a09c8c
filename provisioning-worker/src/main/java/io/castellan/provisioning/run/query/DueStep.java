package io.castellan.provisioning.run.query;

import io.castellan.provisioning.run.event.TenantSnapshot;

/**
 * A step the runner must work on now, locked for it until its transaction ends.
 * @param attempt the number of the attempt about to be made (1-based), counted per phase
 * @param handle what the step created, when compensating it
 * @param correlationId request id of what started the run, carried on to the commands recording the outcome
 */
public record DueStep(String runId, String tenantId, String step, Phase phase, int attempt, String handle,
		TenantSnapshot tenant, String correlationId, String traceparent) {

	/** What is due. */
	public enum Phase {

		/** Create the step's resource. */
		PROVISION,

		/** Undo what the step created, because the run failed. */
		COMPENSATE

	}

}

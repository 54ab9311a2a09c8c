package io.castellan.provisioning.connector;

/**
 * What a connector is asked to act on.
 * @param attempt 1-based number of this attempt (provisioning and compensation count separately)
 * @param traceparent W3C trace context of what started the run, to pass on to the external system (may be null)
 */
public record ProvisioningContext(String runId, String step, int attempt, Tenant tenant, String traceparent) {

	/** The tenant being provisioned, as the run learned it when it started. */
	public record Tenant(String id, String name, String alias, String createdBy) {
	}

}

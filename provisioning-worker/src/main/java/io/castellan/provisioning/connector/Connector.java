package io.castellan.provisioning.connector;

/**
 * How a provisioning step reaches one external system. Register an implementation as a bean and name it in
 * {@code castellan.provisioning.steps}; the runner calls it through a circuit breaker of its own.
 * <p>
 * Both operations must be idempotent: an attempt whose outcome could not be recorded (the worker stopped, the
 * database failed) is made again with the same run, step and attempt, and a receiver must answer it with the same
 * handle rather than create a second resource.
 */
public interface Connector {

	/** The step name this connector serves, stable: it is stored in every run's events. */
	String name();

	/**
	 * Creates the step's resource for the tenant.
	 * @return the external system's id for it (stored on the run and published), or null when nothing was created
	 * @throws ConnectorException when the attempt failed and should be retried
	 */
	String provision(ProvisioningContext context);

	/**
	 * Undoes what {@link #provision} created, because a later step of the run gave up.
	 * @param handle what {@link #provision} returned (may be null)
	 * @throws ConnectorException when the attempt failed and should be retried
	 */
	void compensate(ProvisioningContext context, String handle);

}

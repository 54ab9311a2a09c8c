package io.castellan.provisioning.run.execution;

import java.time.Clock;

import io.castellan.platform.web.RequestContextFilter;
import io.castellan.provisioning.connector.Connector;
import io.castellan.provisioning.connector.ConnectorException;
import io.castellan.provisioning.connector.Connectors;
import io.castellan.provisioning.connector.ProvisioningContext;
import io.castellan.provisioning.run.command.CompleteCompensation;
import io.castellan.provisioning.run.command.CompleteStep;
import io.castellan.provisioning.run.command.FailCompensation;
import io.castellan.provisioning.run.command.FailStep;
import io.castellan.provisioning.run.query.DueStep;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.stereotype.Component;

/**
 * Makes one attempt at a due step through its connector's circuit breaker and records the outcome as a command.
 * Any failure of the connector, a bug included, becomes a recorded failed attempt: the run's retry schedule and
 * compensation deal with it, and the runner carries on with other runs.
 */
@Component
class DueStepExecutor {

	private static final Logger logger = LoggerFactory.getLogger(DueStepExecutor.class);

	private static final int MAX_ERROR_LENGTH = 1000;

	private final Connectors connectors;

	private final CircuitBreakerRegistry breakers;

	private final CommandGateway commands;

	private final Clock clock;

	DueStepExecutor(Connectors connectors, CircuitBreakerRegistry breakers, CommandGateway commands, Clock clock) {
		this.connectors = connectors;
		this.breakers = breakers;
		this.commands = commands;
		this.clock = clock;
	}

	/** Call inside the transaction that locked the step, so the lock holds until the outcome is stored. */
	void execute(DueStep due) {
		Connector connector = this.connectors.get(due.step());
		CircuitBreaker breaker = this.breakers.circuitBreaker("connector-" + connector.name());
		ProvisioningContext context = new ProvisioningContext(due.runId(), due.step(), due.attempt(),
				new ProvisioningContext.Tenant(due.tenantId(), due.tenant().name(), due.tenant().alias(),
						due.tenant().createdBy()),
				due.traceparent());
		Object outcome = switch (due.phase()) {
			case PROVISION -> provision(connector, breaker, context, due);
			case COMPENSATE -> compensate(connector, breaker, context, due);
		};
		record(due, outcome);
	}

	private Object provision(Connector connector, CircuitBreaker breaker, ProvisioningContext context, DueStep due) {
		try {
			String handle = breaker.executeSupplier(() -> connector.provision(context));
			logger.info("Step '{}' of run {} (tenant {}) succeeded at attempt {}, handle {}", due.step(), due.runId(),
					due.tenantId(), due.attempt(), handle);
			return new CompleteStep(due.runId(), due.step(), due.attempt(), handle, this.clock.instant());
		}
		catch (RuntimeException ex) {
			String error = describe(connector, ex);
			logger.warn("Step '{}' of run {} (tenant {}) failed at attempt {}: {}", due.step(), due.runId(),
					due.tenantId(), due.attempt(), error);
			return new FailStep(due.runId(), due.step(), due.attempt(), error, this.clock.instant());
		}
	}

	private Object compensate(Connector connector, CircuitBreaker breaker, ProvisioningContext context, DueStep due) {
		try {
			breaker.executeRunnable(() -> connector.compensate(context, due.handle()));
			logger.info("Step '{}' of failed run {} (tenant {}) compensated at attempt {}", due.step(), due.runId(),
					due.tenantId(), due.attempt());
			return new CompleteCompensation(due.runId(), due.step(), due.attempt(), this.clock.instant());
		}
		catch (RuntimeException ex) {
			String error = describe(connector, ex);
			logger.warn("Compensating step '{}' of run {} (tenant {}) failed at attempt {}: {}", due.step(),
					due.runId(), due.tenantId(), due.attempt(), error);
			return new FailCompensation(due.runId(), due.step(), due.attempt(), error, this.clock.instant());
		}
	}

	/** The run's events carry on the request id and trace context of what started it (read by Axon's interceptor). */
	private void record(DueStep due, Object outcome) {
		putIfPresent(RequestContextFilter.REQUEST_ID, due.correlationId());
		putIfPresent(RequestContextFilter.TRACEPARENT, due.traceparent());
		try {
			this.commands.sendAndWait(outcome);
		}
		finally {
			MDC.remove(RequestContextFilter.REQUEST_ID);
			MDC.remove(RequestContextFilter.TRACEPARENT);
		}
	}

	private static void putIfPresent(String key, String value) {
		if (value != null) {
			MDC.put(key, value);
		}
	}

	private static String describe(Connector connector, RuntimeException ex) {
		String error = switch (ex) {
			case CallNotPermittedException open -> "The circuit breaker of connector '" + connector.name()
					+ "' is open after repeated failures; not called";
			case ConnectorException failed -> failed.getMessage();
			default -> "Connector '" + connector.name() + "' failed unexpectedly: " + ex;
		};
		return (error.length() > MAX_ERROR_LENGTH) ? error.substring(0, MAX_ERROR_LENGTH) : error;
	}

}

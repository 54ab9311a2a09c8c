package io.castellan.provisioning.run.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that undoing the step next in line for compensation failed; retried on the same schedule as steps. */
public record FailCompensation(@TargetAggregateIdentifier String runId, String step, int attempt, String error,
		Instant failedAt) {
}

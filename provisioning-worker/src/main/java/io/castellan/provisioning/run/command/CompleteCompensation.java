package io.castellan.provisioning.run.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that undoing the step next in line for compensation succeeded. */
public record CompleteCompensation(@TargetAggregateIdentifier String runId, String step, int attempt,
		Instant compensatedAt) {
}

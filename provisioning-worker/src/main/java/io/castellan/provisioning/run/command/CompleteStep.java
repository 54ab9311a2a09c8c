package io.castellan.provisioning.run.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that an attempt of the run's current step succeeded, with the handle its connector returned. */
public record CompleteStep(@TargetAggregateIdentifier String runId, String step, int attempt, String handle,
		Instant succeededAt) {
}

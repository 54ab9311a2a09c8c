package io.castellan.provisioning.run.command;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that an attempt of the run's current step failed; the {@link RetrySchedule} decides what follows. */
public record FailStep(@TargetAggregateIdentifier String runId, String step, int attempt, String error,
		Instant failedAt) {
}

package io.castellan.provisioning.run.command;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.castellan.platform.web.ProblemException;
import io.castellan.provisioning.run.event.CompensationFailed;
import io.castellan.provisioning.run.event.RunCompleted;
import io.castellan.provisioning.run.event.RunFailed;
import io.castellan.provisioning.run.event.RunStarted;
import io.castellan.provisioning.run.event.StepCompensated;
import io.castellan.provisioning.run.event.StepFailed;
import io.castellan.provisioning.run.event.StepSucceeded;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A provisioning run, event-sourced: its steps run one at a time in order; a failed attempt is retried on the
 * {@link RetrySchedule}; when a step gives up, the run fails and the steps that succeeded are compensated in
 * reverse order. Outcomes arrive as commands from the runner, each naming the attempt it reports, so a late or
 * repeated report cannot move the run twice.
 */
@Aggregate
class ProvisioningRun {

	@AggregateIdentifier
	private String runId;

	private String tenantId;

	private List<String> steps;

	/** Index of the step being provisioned; equals the number of steps once all succeeded. */
	private int current;

	private final Map<String, Integer> attempts = new HashMap<>();

	private final Map<String, String> handles = new LinkedHashMap<>();

	private Status status;

	/** Steps still to undo, the next first; empty unless the run failed. */
	private final Deque<String> compensations = new ArrayDeque<>();

	private int compensationAttempts;

	ProvisioningRun() {
		// for Axon
	}

	@CommandHandler
	ProvisioningRun(StartProvisioningRun command) {
		apply(new RunStarted(command.runId(), command.tenantId(), command.reason(), List.copyOf(command.steps()),
				command.tenant(), command.startedAt()));
		if (command.steps().isEmpty()) {
			apply(new RunCompleted(command.runId(), command.tenantId(), Map.of(), command.startedAt()));
		}
	}

	@CommandHandler
	void handle(CompleteStep command) {
		requireCurrentAttempt(command.step(), command.attempt());
		apply(new StepSucceeded(this.runId, this.tenantId, command.step(), command.attempt(), command.handle(),
				command.succeededAt()));
		if (this.current == this.steps.size()) {
			// A null handle is a legitimate value (the connector created nothing), which Map.copyOf would refuse.
			apply(new RunCompleted(this.runId, this.tenantId, Collections.unmodifiableMap(new LinkedHashMap<>(this.handles)),
					command.succeededAt()));
		}
	}

	@CommandHandler
	void handle(FailStep command, RetrySchedule retries) {
		requireCurrentAttempt(command.step(), command.attempt());
		Optional<Instant> next = retries.nextAttempt(command.attempt(), command.failedAt());
		apply(new StepFailed(this.runId, this.tenantId, command.step(), command.attempt(), command.error(),
				next.orElse(null), command.failedAt()));
		if (next.isEmpty()) {
			List<String> undo = new ArrayList<>(this.steps.subList(0, this.current));
			Collections.reverse(undo);
			apply(new RunFailed(this.runId, this.tenantId, command.step(), command.error(), List.copyOf(undo),
					command.failedAt()));
		}
	}

	@CommandHandler
	void handle(CompleteCompensation command) {
		requireCompensationAttempt(command.step(), command.attempt());
		apply(new StepCompensated(this.runId, this.tenantId, command.step(), command.attempt(),
				command.compensatedAt()));
	}

	@CommandHandler
	void handle(FailCompensation command, RetrySchedule retries) {
		requireCompensationAttempt(command.step(), command.attempt());
		apply(new CompensationFailed(this.runId, this.tenantId, command.step(), command.attempt(), command.error(),
				retries.nextAttempt(command.attempt(), command.failedAt()).orElse(null), command.failedAt()));
	}

	private void requireCurrentAttempt(String step, int attempt) {
		if (this.status != Status.RUNNING || !step.equals(this.steps.get(this.current))
				|| attempt != this.attempts.getOrDefault(step, 0) + 1) {
			throw stale(step, attempt);
		}
	}

	private void requireCompensationAttempt(String step, int attempt) {
		if (!step.equals(this.compensations.peekFirst()) || attempt != this.compensationAttempts + 1) {
			throw stale(step, attempt);
		}
	}

	private ProblemException stale(String step, int attempt) {
		return ProblemException.conflict("provisioning_attempt_stale", "Attempt " + attempt + " of step '" + step
				+ "' is not the one run " + this.runId + " is waiting for; it was already recorded or overtaken.");
	}

	@EventSourcingHandler
	void on(RunStarted event) {
		this.runId = event.runId();
		this.tenantId = event.tenantId();
		this.steps = event.steps();
		this.status = Status.RUNNING;
	}

	@EventSourcingHandler
	void on(StepSucceeded event) {
		this.attempts.put(event.step(), event.attempt());
		this.handles.put(event.step(), event.handle());
		this.current++;
	}

	@EventSourcingHandler
	void on(StepFailed event) {
		this.attempts.put(event.step(), event.attempt());
	}

	@EventSourcingHandler
	void on(RunCompleted event) {
		this.status = Status.COMPLETED;
	}

	@EventSourcingHandler
	void on(RunFailed event) {
		this.status = Status.FAILED;
		this.compensations.addAll(event.compensations());
		this.compensationAttempts = 0;
	}

	@EventSourcingHandler
	void on(StepCompensated event) {
		this.compensations.removeFirst();
		this.compensationAttempts = 0;
	}

	@EventSourcingHandler
	void on(CompensationFailed event) {
		if (event.nextAttemptAt() == null) {
			this.compensations.removeFirst();
			this.compensationAttempts = 0;
		}
		else {
			this.compensationAttempts = event.attempt();
		}
	}

	private enum Status {

		RUNNING, COMPLETED, FAILED

	}

}

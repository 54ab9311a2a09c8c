package io.castellan.provisioning.run.query;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import io.castellan.platform.web.RequestContextFilter;
import io.castellan.provisioning.run.event.CompensationFailed;
import io.castellan.provisioning.run.event.RunCompleted;
import io.castellan.provisioning.run.event.RunFailed;
import io.castellan.provisioning.run.event.RunStarted;
import io.castellan.provisioning.run.event.StepCompensated;
import io.castellan.provisioning.run.event.StepFailed;
import io.castellan.provisioning.run.event.StepSucceeded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code provisioning_run_v1} and {@code provisioning_step_v1} in step with the events, in the command's
 * own transaction. It also decides which step is due next: exactly one step of a running or compensating run has
 * a {@code next_attempt_at}, which is what the runner selects on.
 */
@Component
@ProcessingGroup("provisioning-run")
class ProvisioningRunProjection {

	private final JdbcClient jdbc;

	ProvisioningRunProjection(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventHandler
	void on(RunStarted event, @MetaDataValue(RequestContextFilter.REQUEST_ID) String requestId,
			@MetaDataValue(RequestContextFilter.TRACEPARENT) String traceparent) {
		int inserted = this.jdbc.sql("""
				insert into provisioning_run_v1 (run_id, tenant_id, reason, status, tenant_name, tenant_alias,
				    tenant_created_by, correlation_id, traceparent, started_at, updated_at)
				values (:runId, :tenantId, :reason, 'running', :name, :alias, :createdBy, :correlationId, :traceparent,
				    :at, :at)
				on conflict (run_id) do nothing""")
			.param("runId", event.runId())
			.param("tenantId", event.tenantId())
			.param("reason", event.reason())
			.param("name", (event.tenant() != null) ? event.tenant().name() : null)
			.param("alias", (event.tenant() != null) ? event.tenant().alias() : null)
			.param("createdBy", (event.tenant() != null) ? event.tenant().createdBy() : null)
			.param("correlationId", requestId)
			.param("traceparent", traceparent)
			.param("at", timestamp(event.startedAt()))
			.update();
		if (inserted == 0) {
			return;
		}
		List<String> steps = event.steps();
		for (int position = 0; position < steps.size(); position++) {
			this.jdbc.sql("""
					insert into provisioning_step_v1 (run_id, position, step, status, next_attempt_at, updated_at)
					values (:runId, :position, :step, 'pending', :due, :at)""")
				.param("runId", event.runId())
				.param("position", position)
				.param("step", steps.get(position))
				.param("due", (position == 0) ? timestamp(event.startedAt()) : null)
				.param("at", timestamp(event.startedAt()))
				.update();
		}
	}

	@EventHandler
	void on(StepSucceeded event) {
		this.jdbc.sql("""
				update provisioning_step_v1 set status = 'succeeded', attempts = :attempt, handle = :handle,
				    last_error = null, next_attempt_at = null, updated_at = :at
				where run_id = :runId and step = :step""")
			.param("runId", event.runId())
			.param("step", event.step())
			.param("attempt", event.attempt())
			.param("handle", event.handle())
			.param("at", timestamp(event.succeededAt()))
			.update();
		this.jdbc.sql("""
				update provisioning_step_v1 set next_attempt_at = :at, updated_at = :at
				where run_id = :runId and position = (select position + 1 from provisioning_step_v1
				    where run_id = :runId and step = :step)""")
			.param("runId", event.runId())
			.param("step", event.step())
			.param("at", timestamp(event.succeededAt()))
			.update();
		touchRun(event.runId(), event.succeededAt());
	}

	@EventHandler
	void on(StepFailed event) {
		this.jdbc.sql("""
				update provisioning_step_v1 set status = :status, attempts = :attempt, last_error = :error,
				    next_attempt_at = :next, updated_at = :at
				where run_id = :runId and step = :step""")
			.param("runId", event.runId())
			.param("step", event.step())
			.param("status", (event.nextAttemptAt() != null) ? "pending" : "failed")
			.param("attempt", event.attempt())
			.param("error", event.error())
			.param("next", timestamp(event.nextAttemptAt()))
			.param("at", timestamp(event.failedAt()))
			.update();
		this.jdbc.sql("update provisioning_run_v1 set last_error = :error, updated_at = :at where run_id = :runId")
			.param("runId", event.runId())
			.param("error", event.error())
			.param("at", timestamp(event.failedAt()))
			.update();
	}

	@EventHandler
	void on(RunCompleted event) {
		finishRun(event.runId(), "completed", event.completedAt());
	}

	@EventHandler
	void on(RunFailed event) {
		finishRun(event.runId(), "failed", event.failedAt());
		this.jdbc.sql("""
				update provisioning_step_v1 set status = 'skipped', updated_at = :at
				where run_id = :runId and status = 'pending'""")
			.param("runId", event.runId())
			.param("at", timestamp(event.failedAt()))
			.update();
		if (!event.compensations().isEmpty()) {
			this.jdbc.sql("""
					update provisioning_step_v1 set status = 'compensating', updated_at = :at
					where run_id = :runId and step in (:steps)""")
				.param("runId", event.runId())
				.param("steps", event.compensations())
				.param("at", timestamp(event.failedAt()))
				.update();
			scheduleNextCompensation(event.runId(), event.failedAt());
		}
	}

	@EventHandler
	void on(StepCompensated event) {
		this.jdbc.sql("""
				update provisioning_step_v1 set status = 'compensated', compensation_attempts = :attempt,
				    last_error = null, next_attempt_at = null, updated_at = :at
				where run_id = :runId and step = :step""")
			.param("runId", event.runId())
			.param("step", event.step())
			.param("attempt", event.attempt())
			.param("at", timestamp(event.compensatedAt()))
			.update();
		scheduleNextCompensation(event.runId(), event.compensatedAt());
		touchRun(event.runId(), event.compensatedAt());
	}

	@EventHandler
	void on(CompensationFailed event) {
		boolean gaveUp = event.nextAttemptAt() == null;
		this.jdbc.sql("""
				update provisioning_step_v1 set status = :status, compensation_attempts = :attempt,
				    last_error = :error, next_attempt_at = :next, updated_at = :at
				where run_id = :runId and step = :step""")
			.param("runId", event.runId())
			.param("step", event.step())
			.param("status", gaveUp ? "compensation_failed" : "compensating")
			.param("attempt", event.attempt())
			.param("error", event.error())
			.param("next", timestamp(event.nextAttemptAt()))
			.param("at", timestamp(event.failedAt()))
			.update();
		if (gaveUp) {
			scheduleNextCompensation(event.runId(), event.failedAt());
		}
		touchRun(event.runId(), event.failedAt());
	}

	/** Compensation runs in reverse order: the waiting step with the highest position goes next. */
	private void scheduleNextCompensation(String runId, Instant at) {
		this.jdbc.sql("""
				update provisioning_step_v1 set next_attempt_at = :at
				where run_id = :runId and position = (select max(position) from provisioning_step_v1
				    where run_id = :runId and status = 'compensating' and next_attempt_at is null)""")
			.param("runId", runId)
			.param("at", timestamp(at))
			.update();
	}

	private void finishRun(String runId, String status, Instant at) {
		this.jdbc.sql("""
				update provisioning_run_v1 set status = :status, finished_at = :at, updated_at = :at
				where run_id = :runId""")
			.param("runId", runId)
			.param("status", status)
			.param("at", timestamp(at))
			.update();
	}

	private void touchRun(String runId, Instant at) {
		this.jdbc.sql("update provisioning_run_v1 set updated_at = :at where run_id = :runId")
			.param("runId", runId)
			.param("at", timestamp(at))
			.update();
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}

package io.castellan.provisioning.run.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of the provisioning run read model. */
@Repository
public class ProvisioningRunRepository {

	private static final String RUN_COLUMNS = """
			run_id, tenant_id, reason, status, last_error, started_at, updated_at, finished_at""";

	private static final String STEP_COLUMNS = """
			run_id, step, position, status, attempts, compensation_attempts, handle, last_error, next_attempt_at,
			updated_at""";

	private final JdbcClient jdbc;

	ProvisioningRunRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean exists(String runId) {
		return this.jdbc.sql("select count(*) from provisioning_run_v1 where run_id = :id")
			.param("id", runId)
			.query(Long.class)
			.single() > 0;
	}

	public Optional<RunSummary> find(String runId) {
		return withSteps(this.jdbc.sql("select " + RUN_COLUMNS + " from provisioning_run_v1 where run_id = :id")
			.param("id", runId)
			.query(ProvisioningRunRepository::mapRun)
			.list()).stream().findFirst();
	}

	/**
	 * One page in run id order, after the cursor (the last id of the previous page).
	 * @param tenantId only this tenant's runs, or every tenant's when null
	 * @param status only runs in this status, or all when null
	 */
	public List<RunSummary> page(String tenantId, String status, String after, int limit) {
		return withSteps(this.jdbc.sql("select " + RUN_COLUMNS + """
				 from provisioning_run_v1
				where (cast(:tenantId as varchar) is null or tenant_id = :tenantId)
				  and (cast(:status as varchar) is null or status = :status)
				  and run_id > :after
				order by run_id limit :limit""")
			.param("tenantId", tenantId)
			.param("status", status)
			.param("after", (after != null) ? after : "")
			.param("limit", limit)
			.query(ProvisioningRunRepository::mapRun)
			.list());
	}

	/** Fills in the steps of all runs with one query. */
	private List<RunSummary> withSteps(List<RunSummary> runs) {
		if (runs.isEmpty()) {
			return runs;
		}
		Map<String, List<StepSummary>> steps = this.jdbc
			.sql("select " + STEP_COLUMNS + " from provisioning_step_v1 where run_id in (:ids) order by run_id, position")
			.param("ids", runs.stream().map(RunSummary::runId).toList())
			.query((row, index) -> Map.entry(row.getString("run_id"), mapStep(row)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return runs.stream()
			.map((run) -> new RunSummary(run.runId(), run.tenantId(), run.reason(), run.status(), run.lastError(),
					run.startedAt(), run.updatedAt(), run.finishedAt(), steps.getOrDefault(run.runId(), List.of())))
			.toList();
	}

	private static RunSummary mapRun(ResultSet row, int index) throws SQLException {
		return new RunSummary(row.getString("run_id"), row.getString("tenant_id"), row.getString("reason"),
				row.getString("status"), row.getString("last_error"), instant(row.getTimestamp("started_at")),
				instant(row.getTimestamp("updated_at")), instant(row.getTimestamp("finished_at")), List.of());
	}

	private static StepSummary mapStep(ResultSet row) throws SQLException {
		return new StepSummary(row.getString("step"), row.getInt("position"), row.getString("status"),
				row.getInt("attempts"), row.getInt("compensation_attempts"), row.getString("handle"),
				row.getString("last_error"), instant(row.getTimestamp("next_attempt_at")),
				instant(row.getTimestamp("updated_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}

package io.castellan.provisioning.run.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import io.castellan.provisioning.run.event.TenantSnapshot;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Picks the next due step and locks its row ({@code for update skip locked}), so any number of worker replicas
 * share the work and no step is executed by two of them at once. The lock lasts for the caller's transaction,
 * which records the outcome before it ends.
 */
@Repository
public class DueSteps {

	private final JdbcClient jdbc;

	DueSteps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The step due longest, locked; empty when nothing is due or every due step is taken. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<DueStep> lockNext(Instant now) {
		return this.jdbc.sql("""
				select s.run_id, s.step, s.status, s.attempts, s.compensation_attempts, s.handle, r.tenant_id,
				    r.tenant_name, r.tenant_alias, r.tenant_created_by, r.correlation_id, r.traceparent
				from provisioning_step_v1 s join provisioning_run_v1 r on r.run_id = s.run_id
				where s.next_attempt_at <= :now
				order by s.next_attempt_at
				limit 1
				for update of s skip locked""")
			.param("now", Timestamp.from(now))
			.query(DueSteps::map)
			.optional();
	}

	private static DueStep map(ResultSet row, int index) throws SQLException {
		boolean compensating = row.getString("status").equals("compensating");
		return new DueStep(row.getString("run_id"), row.getString("tenant_id"), row.getString("step"),
				compensating ? DueStep.Phase.COMPENSATE : DueStep.Phase.PROVISION,
				(compensating ? row.getInt("compensation_attempts") : row.getInt("attempts")) + 1,
				row.getString("handle"),
				new TenantSnapshot(row.getString("tenant_name"), row.getString("tenant_alias"),
						row.getString("tenant_created_by")),
				row.getString("correlation_id"), row.getString("traceparent"));
	}

}

package io.castellan.audit.record.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.castellan.audit.record.AuditRecord;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of the audit trail, in chain order. */
@Repository
public class AuditRecordRepository {

	static final String COLUMNS = "sequence, event_id, type, tenant_id, actor, target, action, outcome, occurred_at,"
			+ " recorded_at, correlation_id, details, hash";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuditRecordRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** One page of the records matching the filter, after its cursor, oldest first. */
	public List<AuditRecord> page(AuditFilter filter) {
		List<String> conditions = new ArrayList<>(List.of("sequence > :after"));
		Map<String, Object> params = new HashMap<>(Map.of("after", filter.after(), "limit", filter.limit()));
		equal("tenant_id", "tenantId", filter.tenantId(), conditions, params);
		equal("actor", "actor", filter.actor(), conditions, params);
		equal("target", "target", filter.target(), conditions, params);
		equal("action", "action", filter.action(), conditions, params);
		equal("outcome", "outcome", filter.outcome(), conditions, params);
		if (filter.from() != null) {
			conditions.add("occurred_at >= :from");
			params.put("from", Timestamp.from(filter.from()));
		}
		if (filter.to() != null) {
			conditions.add("occurred_at < :to");
			params.put("to", Timestamp.from(filter.to()));
		}
		return this.jdbc
			.sql("select " + COLUMNS + " from audit_record where " + String.join(" and ", conditions)
					+ " order by sequence limit :limit")
			.params(params)
			.query(mapper())
			.list();
	}

	/** Records in chain order after a sequence: the verifier's batches. */
	List<AuditRecord> batch(long after, int size) {
		return this.jdbc
			.sql("select " + COLUMNS + " from audit_record where sequence > :after order by sequence limit :size")
			.param("after", after)
			.param("size", size)
			.query(mapper())
			.list();
	}

	private RowMapper<AuditRecord> mapper() {
		return (row, index) -> map(row);
	}

	private AuditRecord map(ResultSet row) throws SQLException {
		return new AuditRecord(row.getLong("sequence"), row.getString("event_id"), row.getString("type"),
				row.getString("tenant_id"), row.getString("actor"), row.getString("target"), row.getString("action"),
				row.getString("outcome"), row.getTimestamp("occurred_at").toInstant(),
				row.getTimestamp("recorded_at").toInstant(), row.getString("correlation_id"),
				this.json.readTree(row.getString("details")), row.getString("hash"));
	}

	private static void equal(String column, String param, String value, List<String> conditions,
			Map<String, Object> params) {
		if (value != null) {
			conditions.add(column + " = :" + param);
			params.put(param, value);
		}
	}

}

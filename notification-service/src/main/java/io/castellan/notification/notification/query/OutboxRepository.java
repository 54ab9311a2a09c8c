package io.castellan.notification.notification.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the outbox, and the dispatcher's claim on the next due row. */
@Repository
public class OutboxRepository {

	private static final String COLUMNS = "id, tenant_id, principal_id, channel, recipient, template, locale,"
			+ " parameters, status, attempts, next_attempt_at, last_error, created_at, updated_at, sent_at";

	private static final TypeReference<Map<String, String>> PARAMETERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	OutboxRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public Optional<OutboxEntry> find(String id) {
		return this.jdbc.sql("select " + COLUMNS + " from notification_outbox_v1 where id = :id")
			.param("id", id)
			.query(mapper())
			.optional();
	}

	/** One page in id order after the cursor, optionally only one status and one tenant. */
	public List<OutboxEntry> page(String status, String tenantId, String after, int limit) {
		List<String> conditions = new ArrayList<>(List.of("id > :after"));
		Map<String, Object> params = new HashMap<>(Map.of("after", (after != null) ? after : "", "limit", limit));
		if (status != null) {
			conditions.add("status = :status");
			params.put("status", status);
		}
		if (tenantId != null) {
			conditions.add("tenant_id = :tenantId");
			params.put("tenantId", tenantId);
		}
		return this.jdbc
			.sql("select " + COLUMNS + " from notification_outbox_v1 where " + String.join(" and ", conditions)
					+ " order by id limit :limit")
			.params(params)
			.query(mapper())
			.list();
	}

	public List<DeliveryAttempt> attempts(String id) {
		return this.jdbc.sql("""
				select attempt, outcome, error, attempted_at from notification_attempt_v1
				where notification_id = :id order by attempt""")
			.param("id", id)
			.query((row, index) -> new DeliveryAttempt(row.getInt("attempt"), row.getString("outcome"),
					row.getString("error"), row.getTimestamp("attempted_at").toInstant()))
			.list();
	}

	/**
	 * Locks the queued row that has been due longest, skipping rows another dispatcher holds, until the caller's
	 * transaction ends: several replicas can dispatch without sending anything twice.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<OutboxEntry> claimNextDue(Instant now) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from notification_outbox_v1 where status = 'queued' and next_attempt_at <= :now
				order by next_attempt_at limit 1 for update skip locked""")
			.param("now", Timestamp.from(now))
			.query(mapper())
			.optional();
	}

	private RowMapper<OutboxEntry> mapper() {
		return (row, index) -> map(row);
	}

	private OutboxEntry map(ResultSet row) throws SQLException {
		return new OutboxEntry(row.getString("id"), row.getString("tenant_id"), row.getString("principal_id"),
				row.getString("channel"), row.getString("recipient"), row.getString("template"),
				row.getString("locale"), this.json.readValue(row.getString("parameters"), PARAMETERS),
				row.getString("status"), row.getInt("attempts"), instant(row, "next_attempt_at"),
				row.getString("last_error"), instant(row, "created_at"), instant(row, "updated_at"),
				instant(row, "sent_at"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp timestamp = row.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}

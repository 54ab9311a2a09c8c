package io.castellan.audit.record.intake;

import java.sql.Timestamp;

import io.castellan.audit.record.AuditRecord;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends records to the chain. Each append locks the chain head row for the rest of its transaction, so appends
 * are serialised and every record links to the one committed before it, however many consumers or replicas write.
 */
@Repository
class AuditLog {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuditLog(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Chains and stores a record, unless its event is already recorded.
	 * @return the stored record, or null for a duplicate delivery
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	AuditRecord append(AuditRecord draft) {
		Head head = this.jdbc.sql("select last_sequence, last_hash from audit_chain_head where id = 1 for update")
			.query((row, index) -> new Head(row.getLong("last_sequence"), row.getString("last_hash")))
			.single();
		// Checked under the head lock, so no concurrent append of the same event can slip in between.
		boolean recorded = this.jdbc.sql("select exists (select 1 from audit_record where event_id = :id)")
			.param("id", draft.eventId())
			.query(Boolean.class)
			.single();
		if (recorded) {
			return null;
		}
		long sequence = this.jdbc.sql("select nextval(pg_get_serial_sequence('audit_record', 'sequence'))")
			.query(Long.class)
			.single();
		AuditRecord record = draft.chained(sequence, head.lastHash());
		this.jdbc.sql("""
				insert into audit_record (sequence, event_id, type, tenant_id, actor, target, action, outcome,
				    occurred_at, recorded_at, correlation_id, details, hash)
				values (:sequence, :eventId, :type, :tenantId, :actor, :target, :action, :outcome,
				    :occurredAt, :recordedAt, :correlationId, cast(:details as jsonb), :hash)""")
			.param("sequence", record.sequence())
			.param("eventId", record.eventId())
			.param("type", record.type())
			.param("tenantId", record.tenantId())
			.param("actor", record.actor())
			.param("target", record.target())
			.param("action", record.action())
			.param("outcome", record.outcome())
			.param("occurredAt", Timestamp.from(record.occurredAt()))
			.param("recordedAt", Timestamp.from(record.recordedAt()))
			.param("correlationId", record.correlationId())
			.param("details", this.json.writeValueAsString(record.details()))
			.param("hash", record.hash())
			.update();
		this.jdbc.sql("update audit_chain_head set last_sequence = :sequence, last_hash = :hash where id = 1")
			.param("sequence", record.sequence())
			.param("hash", record.hash())
			.update();
		return record;
	}

	private record Head(long lastSequence, String lastHash) {
	}

}

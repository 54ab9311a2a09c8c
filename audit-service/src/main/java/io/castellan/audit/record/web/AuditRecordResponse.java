package io.castellan.audit.record.web;

import java.time.Instant;

import io.castellan.audit.record.AuditRecord;
import tools.jackson.databind.JsonNode;

/**
 * An audit record as the API shows it. {@code hash} lets a client keep its own copy of the chain and check it
 * later; {@code details} is the event's payload with secret-like fields shown as {@code "[redacted]"}.
 */
public record AuditRecordResponse(long sequence, String eventId, String type, String tenantId, String actor,
		String target, String action, String outcome, Instant occurredAt, Instant recordedAt, String correlationId,
		JsonNode details, String hash) {

	static AuditRecordResponse of(AuditRecord record) {
		return new AuditRecordResponse(record.sequence(), record.eventId(), record.type(), record.tenantId(),
				record.actor(), record.target(), record.action(), record.outcome(), record.occurredAt(),
				record.recordedAt(), record.correlationId(), record.details(), record.hash());
	}

}

package io.castellan.audit.record.query;

import java.time.Instant;

/**
 * Which records to list; every criterion is optional (null means any) and all given ones must hold.
 * @param from records that occurred at or after this instant
 * @param to records that occurred before this instant
 * @param after only records after this sequence (the cursor); 0 from the start
 * @param limit at most this many records
 */
public record AuditFilter(String tenantId, String actor, String target, String action, String outcome, Instant from,
		Instant to, long after, int limit) {
}

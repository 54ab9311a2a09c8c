package io.castellan.audit.record;

import java.time.Instant;

import tools.jackson.databind.json.JsonMapper;

/** Unchained audit records for tests. */
public final class TestAuditRecords {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private TestAuditRecords() {
	}

	/** A tenant creation by {@code admin}, with the given details. */
	public static AuditRecord record(String detailsJson) {
		return new AuditRecord(null, "event-1", "castellan.tenant.tenant.created.v1", "tenant-1", "admin", "tenant-1",
				"tenant.created", AuditRecord.SUCCESS, Instant.parse("2026-11-22T10:00:00Z"),
				Instant.parse("2026-11-22T10:00:00.5Z"), "req-1", JSON.readTree(detailsJson), null);
	}

}

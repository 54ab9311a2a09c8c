package io.castellan.audit.record;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class HashChainTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void linkWhenSameRecordAndPredecessorThenSameHash() {
		AuditRecord record = TestAuditRecords.record("{\"name\":\"Acme\"}").chained(1, HashChain.GENESIS);

		assertThat(record.hash()).hasSize(64).matches("[0-9a-f]{64}");
		assertThat(HashChain.link(HashChain.GENESIS, record)).isEqualTo(record.hash());
	}

	@Test
	void linkWhenAnyFieldOrPredecessorChangesThenHashChanges() {
		AuditRecord record = TestAuditRecords.record("{\"name\":\"Acme\"}").chained(1, HashChain.GENESIS);
		AuditRecord otherActor = new AuditRecord(1L, record.eventId(), record.type(), record.tenantId(), "mallory",
				record.target(), record.action(), record.outcome(), record.occurredAt(), record.recordedAt(),
				record.correlationId(), record.details(), null);
		AuditRecord otherDetails = TestAuditRecords.record("{\"name\":\"Acme2\"}").chained(1, HashChain.GENESIS);

		assertThat(HashChain.link(HashChain.GENESIS, otherActor)).isNotEqualTo(record.hash());
		assertThat(otherDetails.hash()).isNotEqualTo(record.hash());
		assertThat(TestAuditRecords.record("{\"name\":\"Acme\"}").chained(2, HashChain.GENESIS).hash())
			.as("the sequence is hashed, so records cannot be renumbered")
			.isNotEqualTo(record.hash());
		assertThat(HashChain.link(record.hash(), record)).as("the predecessor is hashed").isNotEqualTo(record.hash());
	}

	@Test
	void linkWhenDetailsComeBackReorderedOrRenumberedByJsonbThenSameHash() {
		// What PostgreSQL's jsonb returns differs in key order, spacing and number spelling, not in meaning.
		AuditRecord written = TestAuditRecords.record("{\"b\":1e2,\"a\":{\"y\":1.50,\"x\":[true,null,\"\\u0001q\\\"\"]}}")
			.chained(7, HashChain.GENESIS);
		AuditRecord readBack = new AuditRecord(7L, written.eventId(), written.type(), written.tenantId(),
				written.actor(), written.target(), written.action(), written.outcome(), written.occurredAt(),
				written.recordedAt(), written.correlationId(),
				JSON.readTree("{\"a\": {\"x\": [true, null, \"\\u0001q\\\"\"], \"y\": 1.5}, \"b\": 100}"), written.hash());

		assertThat(HashChain.link(HashChain.GENESIS, readBack)).isEqualTo(written.hash());
	}

	@Test
	void canonicalWhenRecordThenSortedKeysAndExplicitNulls() {
		AuditRecord record = new AuditRecord(3L, "e-1", "castellan.tenant.tenant.created.v1", "t-1", null, "t-1",
				"tenant.created", "success", Instant.parse("2026-11-22T10:00:00.123456Z"),
				Instant.parse("2026-11-22T10:00:01Z"), null, JSON.readTree("{\"z\":\"é\",\"a\":0.0}"), null);

		assertThat(HashChain.canonical(record)).isEqualTo("{\"action\":\"tenant.created\",\"actor\":null,"
				+ "\"correlationId\":null,\"details\":{\"a\":0,\"z\":\"é\"},\"eventId\":\"e-1\","
				+ "\"occurredAt\":\"2026-11-22T10:00:00.123456Z\",\"outcome\":\"success\","
				+ "\"recordedAt\":\"2026-11-22T10:00:01Z\",\"sequence\":3,\"target\":\"t-1\",\"tenantId\":\"t-1\","
				+ "\"type\":\"castellan.tenant.tenant.created.v1\"}");
	}

}

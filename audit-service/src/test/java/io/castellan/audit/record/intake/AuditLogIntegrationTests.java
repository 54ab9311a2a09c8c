package io.castellan.audit.record.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.castellan.audit.record.AuditRecord;
import io.castellan.audit.record.query.ChainVerification;
import io.castellan.audit.record.query.ChainVerifier;
import io.castellan.platform.test.CastellanIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@CastellanIntegrationTest
class AuditLogIntegrationTests {

	@Autowired
	AuditLog log;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ChainVerifier verifier;

	@Autowired
	JdbcClient jdbc;

	@Test
	void appendWhenWritersRaceThenEveryRecordLinksToTheOneCommittedBefore() throws Exception {
		String tenant = UUID.randomUUID().toString();
		List<Callable<Void>> writers = new ArrayList<>();
		for (int writer = 0; writer < 4; writer++) {
			writers.add(() -> {
				for (int i = 0; i < 25; i++) {
					this.transactions.executeWithoutResult((status) -> this.log.append(draft(tenant)));
				}
				return null;
			});
		}
		try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
			for (Future<Void> done : pool.invokeAll(writers)) {
				done.get();
			}
		}

		ChainVerification verification = this.verifier.verify();
		assertThat(verification.valid()).as(verification.toString()).isTrue();
		assertThat(this.jdbc.sql("select count(*) from audit_record where tenant_id = :tenant")
			.param("tenant", tenant)
			.query(Long.class)
			.single()).isEqualTo(100);
	}

	@Test
	void appendWhenEventAlreadyRecordedThenIgnored() {
		AuditRecord draft = draft(UUID.randomUUID().toString());

		AuditRecord first = this.transactions.execute((status) -> this.log.append(draft));
		AuditRecord again = this.transactions.execute((status) -> this.log.append(draft));

		assertThat(first).isNotNull();
		assertThat(first.hash()).hasSize(64);
		assertThat(again).isNull();
	}

	@Test
	void appendWhenNoTransactionThenRefused() {
		// Without the caller's transaction the head lock would end with its own statement and protect nothing.
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.log.append(draft("no-transaction")));
	}

	private static AuditRecord draft(String tenant) {
		Instant now = Instant.parse("2026-11-22T10:00:00Z");
		return new AuditRecord(null, UUID.randomUUID().toString(), "castellan.tenant.tenant.created.v1", tenant, "admin",
				tenant, "tenant.created", AuditRecord.SUCCESS, now, now, null,
				JsonNodeFactory.instance.objectNode().put("name", "Racing"), null);
	}

}

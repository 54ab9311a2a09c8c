package io.castellan.audit.record.query;

import java.util.List;

import io.castellan.audit.record.AuditRecord;
import io.castellan.audit.record.HashChain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the hash chain from the first record to the head. Reads one snapshot (repeatable read), so records
 * appended meanwhile neither break nor extend the check.
 */
@Component
public class ChainVerifier {

	private static final int BATCH = 1000;

	private final AuditRecordRepository records;

	private final JdbcClient jdbc;

	ChainVerifier(AuditRecordRepository records, JdbcClient jdbc) {
		this.records = records;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public ChainVerification verify() {
		long headSequence = this.jdbc.sql("select last_sequence from audit_chain_head where id = 1")
			.query(Long.class)
			.single();
		String headHash = this.jdbc.sql("select last_hash from audit_chain_head where id = 1")
			.query(String.class)
			.single();
		String previous = HashChain.GENESIS;
		long after = 0;
		long intact = 0;
		List<AuditRecord> batch;
		do {
			batch = this.records.batch(after, BATCH);
			for (AuditRecord record : batch) {
				// The writer moves the head in the record's own transaction: a record past it was not appended by it.
				if (record.sequence() > headSequence || !HashChain.link(previous, record).equals(record.hash())) {
					return ChainVerification.brokenAt(record.sequence(), intact);
				}
				previous = record.hash();
				after = record.sequence();
				intact++;
			}
		}
		while (batch.size() == BATCH);
		if (!previous.equals(headHash)) {
			// Every stored record links up, but not to the head: the newest records were removed (or the head was
			// changed). The first sequence after the intact part is where the trail stops being right.
			return ChainVerification.brokenAt((after < headSequence) ? after + 1 : headSequence, intact);
		}
		return ChainVerification.intact(intact);
	}

}

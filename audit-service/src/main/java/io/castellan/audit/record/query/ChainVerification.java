package io.castellan.audit.record.query;

/**
 * The result of checking the whole hash chain.
 * @param valid every record's hash matches its content and its predecessor, and the newest matches the chain head
 * @param records how many records were checked and found intact, from the first
 * @param firstBrokenSequence the first record whose content, link or presence does not match (null when valid)
 */
public record ChainVerification(boolean valid, long records, Long firstBrokenSequence) {

	static ChainVerification intact(long records) {
		return new ChainVerification(true, records, null);
	}

	static ChainVerification brokenAt(long sequence, long intactRecords) {
		return new ChainVerification(false, intactRecords, sequence);
	}

}

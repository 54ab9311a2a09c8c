package io.castellan.audit.record;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The audit trail's hash chain: each record's hash is SHA-256 (lower-case hex) of the previous record's hash
 * followed by the record's canonical form, so changing, removing or reordering any record changes every hash after
 * it. The first record links to {@link #GENESIS}.
 * <p>
 * The canonical form is a JSON object with sorted keys: {@code action, actor, correlationId, details, eventId,
 * occurredAt, outcome, recordedAt, sequence, target, tenantId, type}; times in ISO-8601 UTC with at most microsecond
 * precision (what PostgreSQL keeps), absent values as {@code null}, {@code details} in {@link CanonicalJson} form.
 * It is part of the stored data's meaning: never change it for existing records.
 */
public final class HashChain {

	/** The hash the first record links to. */
	public static final String GENESIS = "0".repeat(64);

	private HashChain() {
	}

	/** The hash of a record placed after a record with the given hash. */
	public static String link(String previousHash, AuditRecord record) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
			sha256.update(canonical(record).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha256.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	static String canonical(AuditRecord record) {
		StringBuilder out = new StringBuilder("{");
		field("action", record.action(), out);
		field("actor", record.actor(), out);
		field("correlationId", record.correlationId(), out);
		out.append(",\"details\":");
		CanonicalJson.write(record.details(), out);
		field("eventId", record.eventId(), out);
		field("occurredAt", time(record.occurredAt()), out);
		field("outcome", record.outcome(), out);
		field("recordedAt", time(record.recordedAt()), out);
		out.append(",\"sequence\":").append(record.sequence());
		field("target", record.target(), out);
		field("tenantId", record.tenantId(), out);
		field("type", record.type(), out);
		return out.append('}').toString();
	}

	private static void field(String name, String value, StringBuilder out) {
		if (out.length() > 1) {
			out.append(',');
		}
		CanonicalJson.string(name, out);
		out.append(':');
		CanonicalJson.string(value, out);
	}

	private static String time(Instant instant) {
		return (instant != null) ? instant.toString() : null;
	}

}

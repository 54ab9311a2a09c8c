package io.castellan.audit.record;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/**
 * One audited event, as stored and as hashed into the chain.
 * @param sequence position in the chain, assigned on append (null before)
 * @param eventId the event's CloudEvents id; an event is recorded once, however often it is delivered
 * @param type the published event type, for example {@code castellan.tenant.tenant.created.v1}
 * @param tenantId the tenant the event belongs to ({@code platform} for tenant-less events)
 * @param actor who caused the event (the caller's token subject), when a caller did
 * @param target what the event is about (CloudEvents {@code subject})
 * @param action the type without prefix and version, for example {@code tenant.created}
 * @param outcome {@code success}, or {@code failure} when the type reports a failure
 * @param occurredAt when the event happened (CloudEvents {@code time})
 * @param recordedAt when this service recorded it
 * @param correlationId the id shared by everything one request set off
 * @param details the event's payload with secret-like fields redacted
 * @param hash SHA-256 (hex) of the previous record's hash and this record's canonical form (null before append)
 */
public record AuditRecord(Long sequence, String eventId, String type, String tenantId, String actor, String target,
		String action, String outcome, Instant occurredAt, Instant recordedAt, String correlationId, JsonNode details,
		String hash) {

	public static final String SUCCESS = "success";

	public static final String FAILURE = "failure";

	/** This record placed in the chain. */
	public AuditRecord chained(long sequence, String previousHash) {
		AuditRecord placed = new AuditRecord(sequence, this.eventId, this.type, this.tenantId, this.actor, this.target,
				this.action, this.outcome, this.occurredAt, this.recordedAt, this.correlationId, this.details, null);
		return new AuditRecord(sequence, this.eventId, this.type, this.tenantId, this.actor, this.target, this.action,
				this.outcome, this.occurredAt, this.recordedAt, this.correlationId, this.details,
				HashChain.link(previousHash, placed));
	}

}

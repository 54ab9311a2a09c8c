package io.castellan.identity.principal.event;

import java.time.Instant;

/**
 * A principal's password was {@code set}, {@code changed} or {@code reset}. The hash itself lives only in the
 * credential table, written in the same transaction: events are published and must never carry it.
 */
public record PrincipalPasswordChanged(String principalId, String tenantId, String reason, String changedBy,
		Instant changedAt) {
}

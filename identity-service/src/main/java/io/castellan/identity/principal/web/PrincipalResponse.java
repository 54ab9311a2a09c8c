package io.castellan.identity.principal.web;

import java.time.Instant;

import io.castellan.identity.principal.query.PrincipalSummary;

/** A principal as the API shows it; {@code consistencyToken} is set on answers to writes. */
public record PrincipalResponse(String id, String tenantId, String kind, String name, String email, String status,
		Instant registeredAt, String consistencyToken) {

	static PrincipalResponse of(PrincipalSummary principal, String consistencyToken) {
		return new PrincipalResponse(principal.principalId(), principal.tenantId(), principal.kind(), principal.name(),
				principal.email(), principal.status(), principal.registeredAt(), consistencyToken);
	}

}

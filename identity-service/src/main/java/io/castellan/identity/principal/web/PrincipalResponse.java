package io.castellan.identity.principal.web;

import java.time.Instant;
import java.util.Map;

import io.castellan.identity.principal.query.PrincipalSummary;

/** A principal as the API shows it; {@code consistencyToken} is set on answers to writes. */
public record PrincipalResponse(String id, String tenantId, String kind, String name, String alias, String email,
		Map<String, Object> attributes, String profile, Integer profileVersion, String status, long version,
		Instant registeredAt, Instant updatedAt, String consistencyToken) {

	static PrincipalResponse of(PrincipalSummary principal, String consistencyToken) {
		return new PrincipalResponse(principal.principalId(), principal.tenantId(), principal.kind(), principal.name(),
				principal.alias(), principal.email(), principal.attributes(), principal.profile(),
				principal.profileVersion(), principal.status(), principal.version(),
				principal.registeredAt(), principal.updatedAt(), consistencyToken);
	}

	/** The strong ETag of this version. */
	String etag() {
		return "\"" + this.version + "\"";
	}

}

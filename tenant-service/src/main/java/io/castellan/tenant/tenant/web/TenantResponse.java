package io.castellan.tenant.tenant.web;

import java.time.Instant;

import io.castellan.tenant.tenant.query.TenantSummary;

/** A tenant as the API shows it; {@code consistencyToken} is set on answers to writes. */
public record TenantResponse(String id, String name, String alias, String status, Instant createdAt,
		String consistencyToken) {

	static TenantResponse of(TenantSummary tenant, String consistencyToken) {
		return new TenantResponse(tenant.tenantId(), tenant.name(), tenant.alias(), tenant.status(),
				tenant.createdAt(), consistencyToken);
	}

}

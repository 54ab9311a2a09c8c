package io.castellan.tenant.tenant.query;

import java.sql.Timestamp;

import io.castellan.tenant.tenant.event.TenantMemberAdded;
import io.castellan.tenant.tenant.event.TenantMemberRemoved;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps {@code tenant_member_v1} in step with membership events, in the command's transaction. */
@Component
@ProcessingGroup("tenant-members")
class TenantMemberProjection {

	private final JdbcClient jdbc;

	TenantMemberProjection(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventHandler
	void on(TenantMemberAdded event) {
		this.jdbc.sql("""
				insert into tenant_member_v1 (tenant_id, principal_id, added_by, added_at)
				values (:tenant, :principal, :by, :at) on conflict do nothing""")
			.param("tenant", event.tenantId())
			.param("principal", event.principalId())
			.param("by", event.addedBy())
			.param("at", Timestamp.from(event.addedAt()))
			.update();
	}

	@EventHandler
	void on(TenantMemberRemoved event) {
		this.jdbc.sql("delete from tenant_member_v1 where tenant_id = :tenant and principal_id = :principal")
			.param("tenant", event.tenantId())
			.param("principal", event.principalId())
			.update();
	}

}

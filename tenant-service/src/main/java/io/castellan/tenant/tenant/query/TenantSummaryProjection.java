package io.castellan.tenant.tenant.query;

import java.sql.Timestamp;

import io.castellan.tenant.tenant.event.TenantCreated;
import io.castellan.tenant.tenant.event.TenantStatusChanged;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps {@code tenant_summary_v1} in step with the events, in the command's own transaction. */
@Component
@ProcessingGroup("tenant-summary")
class TenantSummaryProjection {

	private final JdbcClient jdbc;

	TenantSummaryProjection(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventHandler
	void on(TenantStatusChanged event) {
		this.jdbc.sql("update tenant_summary_v1 set status = :status where tenant_id = :id")
			.param("status", event.status())
			.param("id", event.tenantId())
			.update();
	}

	@EventHandler
	void on(TenantCreated event) {
		this.jdbc.sql("""
				insert into tenant_summary_v1 (tenant_id, name, alias, status, created_by, created_at)
				values (:id, :name, :alias, 'active', :createdBy, :createdAt)
				on conflict (tenant_id) do nothing""")
			.param("id", event.tenantId())
			.param("name", event.name())
			.param("alias", event.alias())
			.param("createdBy", event.createdBy())
			.param("createdAt", Timestamp.from(event.createdAt()))
			.update();
	}

}

package io.castellan.identity.principal.query;

import java.sql.Timestamp;

import io.castellan.identity.principal.event.PrincipalRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps {@code principal_summary_v1} in step with the events, in the command's own transaction. */
@Component
@ProcessingGroup("principal-summary")
class PrincipalSummaryProjection {

	private final JdbcClient jdbc;

	PrincipalSummaryProjection(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventHandler
	void on(PrincipalRegistered event) {
		this.jdbc.sql("""
				insert into principal_summary_v1 (principal_id, tenant_id, kind, name, email, status, registered_at)
				values (:id, :tenantId, :kind, :name, :email, 'active', :registeredAt)
				on conflict (principal_id) do nothing""")
			.param("id", event.principalId())
			.param("tenantId", event.tenantId())
			.param("kind", event.kind())
			.param("name", event.name())
			.param("email", event.email())
			.param("registeredAt", Timestamp.from(event.registeredAt()))
			.update();
	}

}

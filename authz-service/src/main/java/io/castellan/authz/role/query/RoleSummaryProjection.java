package io.castellan.authz.role.query;

import io.castellan.authz.role.event.RoleCreated;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps {@code role_summary_v1} in step with the events, in the command's own transaction. */
@Component
@ProcessingGroup("role-summary")
class RoleSummaryProjection {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	RoleSummaryProjection(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@EventHandler
	void on(RoleCreated event) {
		this.jdbc.sql("""
				insert into role_summary_v1 (role_id, tenant_id, name, blocks)
				values (:id, :tenantId, :name, cast(:blocks as jsonb)) on conflict (role_id) do nothing""")
			.param("id", event.roleId())
			.param("tenantId", event.tenantId())
			.param("name", event.name())
			.param("blocks", this.json.writeValueAsString(event.blocks()))
			.update();
	}

}

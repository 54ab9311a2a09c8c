package io.castellan.authz.group.query;

import io.castellan.authz.group.event.PrincipalGroupCreated;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps {@code principal_group_v1} in step with the events, in the command's own transaction. */
@Component
@ProcessingGroup("principal-group")
class PrincipalGroupProjection {

	private final JdbcClient jdbc;

	PrincipalGroupProjection(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventHandler
	void on(PrincipalGroupCreated event) {
		this.jdbc.sql("""
				insert into principal_group_v1 (group_id, tenant_id, name, parent_group_id)
				values (:id, :tenantId, :name, :parent) on conflict (group_id) do nothing""")
			.param("id", event.groupId())
			.param("tenantId", event.tenantId())
			.param("name", event.name())
			.param("parent", event.parentGroupId())
			.update();
	}

}

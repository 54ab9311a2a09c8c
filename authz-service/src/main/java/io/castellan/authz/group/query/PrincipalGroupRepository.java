package io.castellan.authz.group.query;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of the principal group read model. */
@Repository
public class PrincipalGroupRepository {

	private final JdbcClient jdbc;

	PrincipalGroupRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<PrincipalGroupSummary> find(String groupId) {
		return this.jdbc.sql("select group_id, tenant_id, name, parent_group_id from principal_group_v1 where group_id = :id")
			.param("id", groupId)
			.query((row, index) -> new PrincipalGroupSummary(row.getString("group_id"), row.getString("tenant_id"),
					row.getString("name"), row.getString("parent_group_id")))
			.optional();
	}

}

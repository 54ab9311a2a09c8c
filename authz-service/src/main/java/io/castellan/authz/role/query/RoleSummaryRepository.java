package io.castellan.authz.role.query;

import java.util.Arrays;
import java.util.Optional;

import io.castellan.authz.role.event.Block;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of the role read model. */
@Repository
public class RoleSummaryRepository {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	RoleSummaryRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public Optional<RoleSummary> find(String roleId) {
		return this.jdbc.sql("select role_id, tenant_id, name, blocks::text as blocks from role_summary_v1 where role_id = :id")
			.param("id", roleId)
			.query((row, index) -> new RoleSummary(row.getString("role_id"), row.getString("tenant_id"),
					row.getString("name"),
					Arrays.asList(this.json.readValue(row.getString("blocks"), Block[].class))))
			.optional();
	}

}

package io.castellan.tenant.tenant.query;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of the tenant read model. */
@Repository
public class TenantSummaryRepository {

	private static final String COLUMNS = "tenant_id, name, alias, status, created_by, created_at";

	private final JdbcClient jdbc;

	TenantSummaryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<TenantSummary> find(String tenantId) {
		return this.jdbc.sql("select " + COLUMNS + " from tenant_summary_v1 where tenant_id = :id")
			.param("id", tenantId)
			.query(TenantSummaryRepository::map)
			.optional();
	}

	/** One page in id order, after the cursor (the last id of the previous page). */
	public List<TenantSummary> page(String after, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from tenant_summary_v1 where tenant_id > :after order by tenant_id limit :limit")
			.param("after", (after != null) ? after : "")
			.param("limit", limit)
			.query(TenantSummaryRepository::map)
			.list();
	}

	private static TenantSummary map(java.sql.ResultSet row, int index) throws java.sql.SQLException {
		return new TenantSummary(row.getString("tenant_id"), row.getString("name"), row.getString("alias"),
				row.getString("status"), row.getString("created_by"), row.getTimestamp("created_at").toInstant());
	}

}

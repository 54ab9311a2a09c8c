package io.castellan.identity.principal.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of the principal read model; every query names the tenant, so one tenant never sees another's rows. */
@Repository
public class PrincipalSummaryRepository {

	private static final String COLUMNS = "principal_id, tenant_id, kind, name, email, status, registered_at";

	private final JdbcClient jdbc;

	PrincipalSummaryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<PrincipalSummary> find(String principalId) {
		return this.jdbc.sql("select " + COLUMNS + " from principal_summary_v1 where principal_id = :id")
			.param("id", principalId)
			.query(PrincipalSummaryRepository::map)
			.optional();
	}

	/** One page of a tenant's principals in id order, after the cursor. */
	public List<PrincipalSummary> page(String tenantId, String after, int limit) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from principal_summary_v1 where tenant_id = :tenantId and principal_id > :after
				order by principal_id limit :limit""")
			.param("tenantId", tenantId)
			.param("after", (after != null) ? after : "")
			.param("limit", limit)
			.query(PrincipalSummaryRepository::map)
			.list();
	}

	private static PrincipalSummary map(ResultSet row, int index) throws SQLException {
		return new PrincipalSummary(row.getString("principal_id"), row.getString("tenant_id"), row.getString("kind"),
				row.getString("name"), row.getString("email"), row.getString("status"),
				row.getTimestamp("registered_at").toInstant());
	}

}

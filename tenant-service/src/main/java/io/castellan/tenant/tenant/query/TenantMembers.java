package io.castellan.tenant.tenant.query;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A tenant's members, in principal-id order for cursor paging. */
@Repository
public class TenantMembers {

	private final JdbcClient jdbc;

	TenantMembers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Member> page(String tenantId, String after, int limit) {
		return this.jdbc.sql("""
				select principal_id, added_by, added_at from tenant_member_v1
				where tenant_id = :tenant and principal_id > :after order by principal_id limit :limit""")
			.param("tenant", tenantId)
			.param("after", (after != null) ? after : "")
			.param("limit", limit)
			.query((row, index) -> new Member(row.getString(1), row.getString(2), row.getTimestamp(3).toInstant()))
			.list();
	}

	/** One member of a tenant. */
	public record Member(String principalId, String addedBy, Instant addedAt) {
	}

}

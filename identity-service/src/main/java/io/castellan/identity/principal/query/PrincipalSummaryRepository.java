package io.castellan.identity.principal.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of the principal read model; every list names the tenant, so one tenant never sees another's rows. */
@Repository
public class PrincipalSummaryRepository {

	private static final String COLUMNS = """
			principal_id, tenant_id, kind, name, alias, email, attributes::text as attributes, status, version,
			registered_at, updated_at, profile, profile_version""";

	private static final TypeReference<Map<String, Object>> ATTRIBUTES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	PrincipalSummaryRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public Optional<PrincipalSummary> find(String principalId) {
		return this.jdbc.sql("select " + COLUMNS + " from principal_summary_v1 where principal_id = :id")
			.param("id", principalId)
			.query(this::map)
			.optional();
	}

	/**
	 * One page of a tenant's principals in id order, after the cursor, optionally of one kind or status and
	 * matching {@code q} as a case-insensitive prefix of name, alias or email.
	 */
	public List<PrincipalSummary> page(PrincipalFilter filter, String after, int limit) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from principal_summary_v1
				where tenant_id = :tenantId and principal_id > :after
				  and (cast(:kind as text) is null or kind = :kind)
				  and (cast(:status as text) is null or status = :status)
				  and (cast(:q as text) is null or lower(name) like :q or lower(alias) like :q or lower(email) like :q)
				order by principal_id limit :limit""")
			.param("tenantId", filter.tenantId())
			.param("kind", filter.kind())
			.param("status", filter.status())
			.param("q", (filter.query() != null) ? likePrefix(filter.query()) : null)
			.param("after", (after != null) ? after : "")
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	/**
	 * Principals a login identifier may name: its id, or its email, name or alias ignoring case; within one tenant
	 * (and global humans) when {@code tenantId} is given.
	 */
	public List<PrincipalSummary> findByIdentifier(String identifier, String tenantId) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from principal_summary_v1
				where (principal_id = :identifier or lower(email) = :lower or lower(name) = :lower
				       or lower(alias) = :lower)
				  and (cast(:tenantId as text) is null or tenant_id = :tenantId or tenant_id = 'platform')
				order by registered_at limit 10""")
			.param("identifier", identifier)
			.param("lower", identifier.toLowerCase(Locale.ROOT))
			.param("tenantId", tenantId)
			.query(this::map)
			.list();
	}

	private static String likePrefix(String query) {
		return query.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private PrincipalSummary map(ResultSet row, int index) throws SQLException {
		Timestamp updated = row.getTimestamp("updated_at");
		return new PrincipalSummary(row.getString("principal_id"), row.getString("tenant_id"), row.getString("kind"),
				row.getString("name"), row.getString("alias"), row.getString("email"),
				this.json.readValue(row.getString("attributes"), ATTRIBUTES), row.getString("status"),
				row.getLong("version"), row.getTimestamp("registered_at").toInstant(),
				(updated != null) ? updated.toInstant() : null, row.getString("profile"),
				(Integer) row.getObject("profile_version"));
	}

}

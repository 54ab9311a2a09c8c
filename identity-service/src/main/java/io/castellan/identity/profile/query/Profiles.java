package io.castellan.identity.profile.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of profiles; a tenant's principals may use its own profiles and the platform's. */
@Repository
public class Profiles {

	private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
	};

	private static final String SELECT = """
			select p.profile_id, p.tenant_id, p.name, p.kind, p.version, p.defined_at, s.schema::text as schema
			from profile_v1 p join profile_schema_v1 s on s.profile_id = p.profile_id and s.version = p.version""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Profiles(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public Optional<ProfileView> find(String profileId) {
		return this.jdbc.sql(SELECT + " where p.profile_id = :id").param("id", profileId).query(this::map).optional();
	}

	/** The profile a principal of {@code tenantId} means by {@code name}: the tenant's own first, else the platform's. */
	public Optional<ProfileView> byName(String tenantId, String name) {
		return this.jdbc.sql(SELECT + """
				 where lower(p.name) = lower(:name) and p.tenant_id in (:tenant, 'platform')
				order by case when p.tenant_id = :tenant then 0 else 1 end limit 1""")
			.param("name", name)
			.param("tenant", tenantId)
			.query(this::map)
			.optional();
	}

	public List<ProfileView> ofTenant(String tenantId) {
		return this.jdbc.sql(SELECT + " where p.tenant_id = :tenant order by p.name")
			.param("tenant", tenantId)
			.query(this::map)
			.list();
	}

	private ProfileView map(ResultSet row, int index) throws SQLException {
		return new ProfileView(row.getString("profile_id"), row.getString("tenant_id"), row.getString("name"),
				row.getString("kind"), row.getInt("version"), this.json.readValue(row.getString("schema"), OBJECT),
				row.getTimestamp("defined_at").toInstant());
	}

}

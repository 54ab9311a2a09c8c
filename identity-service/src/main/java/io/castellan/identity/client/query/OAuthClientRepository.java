package io.castellan.identity.client.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of the client read model. */
@Repository
public class OAuthClientRepository {

	static final String COLUMNS = """
			id, client_id, tenant_id, name, client_type, grant_types, redirect_uris, post_logout_redirect_uris, scopes,
			require_pkce, access_token_ttl_seconds, refresh_token_ttl_seconds, status, registered_at, updated_at""";

	private final JdbcClient jdbc;

	OAuthClientRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<OAuthClientSummary> findByClientId(String clientId) {
		return this.jdbc.sql("select " + COLUMNS + " from oauth_client_v1 where client_id = :clientId")
			.param("clientId", clientId)
			.query(OAuthClientRepository::map)
			.optional();
	}

	/** One page of clients in client_id order, after the cursor; optionally only one tenant's. */
	public List<OAuthClientSummary> page(String tenantId, String after, int limit) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from oauth_client_v1 where client_id > :after and (cast(:tenantId as varchar) is null or tenant_id = :tenantId)
				order by client_id limit :limit""")
			.param("tenantId", tenantId)
			.param("after", (after != null) ? after : "")
			.param("limit", limit)
			.query(OAuthClientRepository::map)
			.list();
	}

	/** The longest access-token life any client has; signing keys stay published that long after retirement. */
	public long longestAccessTokenTtlSeconds() {
		return this.jdbc.sql("select coalesce(max(access_token_ttl_seconds), 0) from oauth_client_v1")
			.query(Long.class)
			.single();
	}

	static OAuthClientSummary map(ResultSet row, int index) throws SQLException {
		return new OAuthClientSummary(row.getString("id"), row.getString("client_id"), row.getString("tenant_id"),
				row.getString("name"), row.getString("client_type"), list(row.getString("grant_types")),
				list(row.getString("redirect_uris")), list(row.getString("post_logout_redirect_uris")),
				list(row.getString("scopes")), row.getBoolean("require_pkce"), row.getLong("access_token_ttl_seconds"),
				row.getLong("refresh_token_ttl_seconds"), row.getString("status"),
				row.getTimestamp("registered_at").toInstant(), row.getTimestamp("updated_at").toInstant());
	}

	private static List<String> list(String spaceSeparated) {
		return (spaceSeparated == null || spaceSeparated.isBlank()) ? List.of()
				: Arrays.asList(spaceSeparated.split(" "));
	}

}

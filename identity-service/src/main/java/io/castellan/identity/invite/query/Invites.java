package io.castellan.identity.invite.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of {@code invite_v1}. */
@Repository
public class Invites {

	private static final TypeReference<List<String>> ROLES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Invites(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public Optional<InviteView> find(String inviteId) {
		return this.jdbc.sql("select invite_id, tenant_id, email, roles::text as roles, locale, status, expires_at, "
				+ "created_by, created_at, principal_id, accepted_at, revoked_by, revoked_at from invite_v1 "
				+ "where invite_id = :id")
			.param("id", inviteId)
			.query(this::map)
			.optional();
	}

	private InviteView map(ResultSet row, int index) throws SQLException {
		return new InviteView(row.getString("invite_id"), row.getString("tenant_id"), row.getString("email"),
				this.json.readValue(row.getString("roles"), ROLES), row.getString("locale"), row.getString("status"),
				time(row, "expires_at"), row.getString("created_by"), time(row, "created_at"),
				row.getString("principal_id"), time(row, "accepted_at"), row.getString("revoked_by"),
				time(row, "revoked_at"));
	}

	private static Instant time(ResultSet row, String column) throws SQLException {
		Timestamp value = row.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

}

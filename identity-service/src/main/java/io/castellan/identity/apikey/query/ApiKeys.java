package io.castellan.identity.apikey.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.castellan.identity.apikey.event.CeilingGrant;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of API keys, the keyed hash for verification, and the last-used time. */
@Repository
public class ApiKeys {

	private static final TypeReference<List<CeilingGrant>> CEILING = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ApiKeys(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public Optional<ApiKeyView> find(String keyId) {
		return this.jdbc.sql("select *, ceiling::text as ceiling_json from api_key_v1 where key_id = :id")
			.param("id", keyId)
			.query(this::map)
			.optional();
	}

	/** A principal's keys, newest first, revoked ones included so the owner sees what happened. */
	public List<ApiKeyView> ofOwner(String ownerId) {
		return this.jdbc.sql("""
				select *, ceiling::text as ceiling_json from api_key_v1 where owner_id = :owner
				order by created_at desc, key_id""")
			.param("owner", ownerId)
			.query(this::map)
			.list();
	}

	public Optional<String> secretHash(String keyId) {
		return this.jdbc.sql("select hash from api_key_secret where key_id = :id")
			.param("id", keyId)
			.query(String.class)
			.optional();
	}

	/** Records a use, at most once a minute per key so that busy keys do not write on every call. */
	public void touch(ApiKeyView key, Instant now) {
		if (key.lastUsedAt() == null || key.lastUsedAt().plus(Duration.ofMinutes(1)).isBefore(now)) {
			this.jdbc.sql("update api_key_v1 set last_used_at = :now where key_id = :id")
				.param("id", key.keyId())
				.param("now", Timestamp.from(now))
				.update();
		}
	}

	private ApiKeyView map(ResultSet row, int index) throws SQLException {
		String ceiling = row.getString("ceiling_json");
		return new ApiKeyView(row.getString("key_id"), row.getString("owner_id"), row.getString("tenant_id"),
				row.getString("name"), (ceiling != null) ? this.json.readValue(ceiling, CEILING) : null,
				instant(row.getTimestamp("expires_at")), row.getString("created_by"),
				instant(row.getTimestamp("created_at")), instant(row.getTimestamp("revoked_at")),
				instant(row.getTimestamp("last_used_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}

package io.castellan.identity.credential;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Password hashes, one per principal. Written only from the principal aggregate's command handlers, so a hash and
 * the event that announces it commit together; read by login.
 */
@Component
public class PasswordCredentials {

	private final JdbcClient jdbc;

	PasswordCredentials(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void store(String principalId, String hash, Instant at) {
		this.jdbc.sql("""
				insert into password_credential (principal_id, hash, changed_at) values (:id, :hash, :at)
				on conflict (principal_id) do update set hash = excluded.hash, changed_at = excluded.changed_at""")
			.param("id", principalId)
			.param("hash", hash)
			.param("at", Timestamp.from(at))
			.update();
	}

	public Optional<String> hash(String principalId) {
		return this.jdbc.sql("select hash from password_credential where principal_id = :id")
			.param("id", principalId)
			.query(String.class)
			.optional();
	}

}

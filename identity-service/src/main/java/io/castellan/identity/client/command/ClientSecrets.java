package io.castellan.identity.client.command;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores client secret hashes beside the event store, in the command's transaction: events say that a secret
 * changed, never what it is, so the hash cannot leak through Kafka, audit or a replay.
 */
@Component
class ClientSecrets {

	private final JdbcClient jdbc;

	ClientSecrets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void store(String id, String secretHash, Instant at) {
		this.jdbc.sql("""
				insert into oauth_client_secret (id, secret_hash, rotated_at) values (:id, :hash, :at)
				on conflict (id) do update set secret_hash = excluded.secret_hash, rotated_at = excluded.rotated_at""")
			.param("id", id)
			.param("hash", secretHash)
			.param("at", Timestamp.from(at))
			.update();
	}

	void forget(String id) {
		this.jdbc.sql("delete from oauth_client_secret where id = :id").param("id", id).update();
	}

}

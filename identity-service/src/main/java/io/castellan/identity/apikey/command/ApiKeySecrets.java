package io.castellan.identity.apikey.command;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keyed hashes of API key secrets, written with the event that creates the key. */
@Component
public class ApiKeySecrets {

	private final JdbcClient jdbc;

	ApiKeySecrets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void store(String keyId, String hash) {
		this.jdbc.sql("insert into api_key_secret (key_id, hash) values (:id, :hash)")
			.param("id", keyId)
			.param("hash", hash)
			.update();
	}

}

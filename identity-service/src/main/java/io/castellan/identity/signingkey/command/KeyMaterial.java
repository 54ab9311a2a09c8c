package io.castellan.identity.signingkey.command;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Stores a new key pair in the command's transaction: events name keys, only this table holds them. */
@Component
class KeyMaterial {

	private final JdbcClient jdbc;

	KeyMaterial(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void store(RotateSigningKey command) {
		this.jdbc.sql("""
				insert into signing_key (kid, algorithm, public_key, private_key, created_at)
				values (:kid, :algorithm, :publicKey, :privateKey, :createdAt)""")
			.param("kid", command.kid())
			.param("algorithm", command.algorithm())
			.param("publicKey", command.publicKey())
			.param("privateKey", command.privateKey())
			.param("createdAt", Timestamp.from(command.rotatedAt()))
			.update();
	}

}

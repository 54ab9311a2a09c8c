package io.castellan.identity.signingkey.command;

import java.sql.Timestamp;
import java.time.Instant;

import io.castellan.identity.signingkey.SigningKeySeal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores a new key pair in the command's transaction, the private part sealed: events name keys, only this table
 * holds them.
 */
@Component
class KeyMaterial {

	private final JdbcClient jdbc;

	private final SigningKeySeal seal;

	KeyMaterial(JdbcClient jdbc, SigningKeySeal seal) {
		this.jdbc = jdbc;
		this.seal = seal;
	}

	void store(RotateSigningKey command) {
		this.jdbc.sql("""
				insert into signing_key (kid, algorithm, public_key, private_key, created_at)
				values (:kid, :algorithm, :publicKey, :privateKey, :createdAt)""")
			.param("kid", command.kid())
			.param("algorithm", command.algorithm())
			.param("publicKey", command.publicKey())
			.param("privateKey", this.seal.seal(command.kid(), command.privateKey()))
			.param("createdAt", Timestamp.from(command.rotatedAt()))
			.update();
	}

}

package io.castellan.identity.signingkey.query;

import java.sql.Timestamp;

import io.castellan.identity.signingkey.event.SigningKeyRotated;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records each key's activation and its predecessor's retirement, in the command's transaction, and drops the
 * retired key's private part. The key cache is emptied once the transaction committed, so this instance signs
 * with the new key at once; other instances follow within the cache's short life.
 */
@Component
@ProcessingGroup("signing-key")
class SigningKeyProjection {

	private final JdbcClient jdbc;

	private final SigningKeyCache cache;

	SigningKeyProjection(JdbcClient jdbc, SigningKeyCache cache) {
		this.jdbc = jdbc;
		this.cache = cache;
	}

	@EventHandler
	void on(SigningKeyRotated event) {
		Timestamp at = Timestamp.from(event.activatedAt());
		this.jdbc.sql("update signing_key set activated_at = :at, retired_at = null where kid = :kid")
			.param("kid", event.kid())
			.param("at", at)
			.update();
		if (event.previousKid() != null) {
			this.jdbc.sql("update signing_key set retired_at = :at, private_key = null where kid = :kid")
				.param("kid", event.previousKid())
				.param("at", at)
				.update();
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					SigningKeyProjection.this.cache.invalidate();
				}
			});
		}
		else {
			this.cache.invalidate();
		}
	}

}

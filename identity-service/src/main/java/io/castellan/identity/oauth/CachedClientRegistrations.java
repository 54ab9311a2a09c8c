package io.castellan.identity.oauth;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.castellan.identity.client.event.OAuthClientDeleted;
import io.castellan.identity.client.event.OAuthClientRegistered;
import io.castellan.identity.client.event.OAuthClientSecretRotated;
import io.castellan.identity.client.event.OAuthClientStatusChanged;
import io.castellan.identity.client.event.OAuthClientUpdated;
import io.castellan.identity.client.query.OAuthClientRegistrations;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Primary;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The clients as the token server sees them, kept in memory for {@code castellan.oauth.client-cache-ttl} (default
 * 5 s): every token, introspection and revocation request looks its client up, often twice, and each look-up was a
 * database query. A change to any client made through this instance empties the cache once its transaction
 * committed, so it applies at once here; another instance's change applies here within the TTL.
 */
@Component
@Primary
@ProcessingGroup("oauth-client-cache")
final class CachedClientRegistrations implements RegisteredClientRepository {

	private final OAuthClientRegistrations delegate;

	private final Cache<String, Optional<RegisteredClient>> byClientId;

	private final Cache<String, Optional<RegisteredClient>> byId;

	CachedClientRegistrations(OAuthClientRegistrations delegate,
			@Value("${castellan.oauth.client-cache-ttl:5s}") Duration ttl) {
		this.delegate = delegate;
		this.byClientId = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(ttl).build();
		this.byId = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(ttl).build();
	}

	@Override
	public void save(RegisteredClient registeredClient) {
		this.delegate.save(registeredClient);
		invalidateAfterCommit();
	}

	@Override
	public RegisteredClient findById(String id) {
		return this.byId.get(id, (key) -> Optional.ofNullable(this.delegate.findById(key))).orElse(null);
	}

	@Override
	public RegisteredClient findByClientId(String clientId) {
		return this.byClientId.get(clientId, (key) -> Optional.ofNullable(this.delegate.findByClientId(key)))
			.orElse(null);
	}

	@EventHandler
	void on(OAuthClientRegistered event) {
		invalidateAfterCommit();
	}

	@EventHandler
	void on(OAuthClientUpdated event) {
		invalidateAfterCommit();
	}

	@EventHandler
	void on(OAuthClientStatusChanged event) {
		invalidateAfterCommit();
	}

	@EventHandler
	void on(OAuthClientSecretRotated event) {
		invalidateAfterCommit();
	}

	@EventHandler
	void on(OAuthClientDeleted event) {
		invalidateAfterCommit();
	}

	/** Client changes are rare: forgetting every client is simpler than working out which entries a change touches. */
	private void invalidateAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					invalidate();
				}
			});
		}
		else {
			invalidate();
		}
	}

	private void invalidate() {
		this.byClientId.invalidateAll();
		this.byId.invalidateAll();
	}

}

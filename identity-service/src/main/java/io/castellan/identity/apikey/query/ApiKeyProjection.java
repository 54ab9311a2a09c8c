package io.castellan.identity.apikey.query;

import java.sql.Timestamp;
import java.time.Instant;

import io.castellan.identity.apikey.event.ApiKeyCreated;
import io.castellan.identity.apikey.event.ApiKeyRevoked;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps {@code api_key_v1} in step with the API key events, in the command's transaction. */
@Component
@ProcessingGroup("api-keys")
class ApiKeyProjection {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ApiKeyProjection(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@EventHandler
	void on(ApiKeyCreated event) {
		this.jdbc.sql("""
				insert into api_key_v1 (key_id, owner_id, tenant_id, name, ceiling, expires_at, created_by, created_at)
				values (:id, :owner, :tenant, :name, cast(:ceiling as jsonb), :expires, :by, :at)
				on conflict (key_id) do nothing""")
			.param("id", event.keyId())
			.param("owner", event.ownerId())
			.param("tenant", event.tenantId())
			.param("name", event.name())
			.param("ceiling", (event.ceiling() != null) ? this.json.writeValueAsString(event.ceiling()) : null)
			.param("expires", timestamp(event.expiresAt()))
			.param("by", event.createdBy())
			.param("at", timestamp(event.createdAt()))
			.update();
	}

	@EventHandler
	void on(ApiKeyRevoked event) {
		this.jdbc.sql("update api_key_v1 set revoked_at = :at where key_id = :id")
			.param("id", event.keyId())
			.param("at", timestamp(event.revokedAt()))
			.update();
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}

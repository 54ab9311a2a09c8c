package io.castellan.identity.profile.query;

import java.sql.Timestamp;
import java.time.Instant;

import io.castellan.identity.profile.event.ProfileDefined;
import io.castellan.identity.profile.event.ProfileRevised;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps profiles and their schema versions in step with the events, in the command's transaction. */
@Component
@ProcessingGroup("profiles")
class ProfileProjection {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ProfileProjection(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@EventHandler
	void on(ProfileDefined event) {
		this.jdbc.sql("""
				insert into profile_v1 (profile_id, tenant_id, name, kind, version, defined_at)
				values (:id, :tenant, :name, :kind, 1, :at) on conflict (profile_id) do nothing""")
			.param("id", event.profileId())
			.param("tenant", event.tenantId())
			.param("name", event.name())
			.param("kind", event.kind())
			.param("at", Timestamp.from(event.definedAt()))
			.update();
		schema(event.profileId(), 1, event.schema(), event.definedAt());
	}

	@EventHandler
	void on(ProfileRevised event) {
		this.jdbc.sql("update profile_v1 set version = :version where profile_id = :id")
			.param("id", event.profileId())
			.param("version", event.version())
			.update();
		schema(event.profileId(), event.version(), event.schema(), event.revisedAt());
	}

	private void schema(String profileId, int version, Object schema, Instant at) {
		this.jdbc.sql("""
				insert into profile_schema_v1 (profile_id, version, schema, created_at)
				values (:id, :version, cast(:schema as jsonb), :at) on conflict do nothing""")
			.param("id", profileId)
			.param("version", version)
			.param("schema", this.json.writeValueAsString(schema))
			.param("at", Timestamp.from(at))
			.update();
	}

}

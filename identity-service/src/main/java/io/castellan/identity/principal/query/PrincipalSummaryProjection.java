package io.castellan.identity.principal.query;

import java.sql.Timestamp;
import java.util.Map;

import io.castellan.identity.principal.event.PrincipalPasswordChanged;
import io.castellan.identity.principal.event.PrincipalRegistered;
import io.castellan.identity.principal.event.PrincipalStatusChanged;
import io.castellan.identity.principal.event.PrincipalUpdated;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code principal_summary_v1} in step with the events, in the command's own transaction. The version is
 * the aggregate's sequence number plus one, which is what the aggregate counts too.
 */
@Component
@ProcessingGroup("principal-summary")
class PrincipalSummaryProjection {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	PrincipalSummaryProjection(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@EventHandler
	void on(PrincipalRegistered event) {
		this.jdbc.sql("""
				insert into principal_summary_v1
				    (principal_id, tenant_id, kind, name, alias, email, attributes, status, version, registered_at,
				     profile, profile_version)
				values (:id, :tenantId, :kind, :name, :alias, :email, cast(:attributes as jsonb), 'active', 1,
				        :registeredAt, :profile, :profileVersion)
				on conflict (principal_id) do nothing""")
			.param("id", event.principalId())
			.param("tenantId", event.tenantId())
			.param("kind", event.kind())
			.param("name", event.name())
			.param("alias", event.alias())
			.param("email", event.email())
			.param("attributes", attributes(event.attributes()))
			.param("registeredAt", Timestamp.from(event.registeredAt()))
			.param("profile", event.profile())
			.param("profileVersion", event.profileVersion())
			.update();
	}

	@EventHandler
	void on(PrincipalUpdated event) {
		this.jdbc.sql("""
				update principal_summary_v1 set name = :name, alias = :alias, email = :email,
				    attributes = cast(:attributes as jsonb), version = :version, updated_at = :at,
				    profile_version = coalesce(:profileVersion, profile_version)
				where principal_id = :id""")
			.param("id", event.principalId())
			.param("name", event.name())
			.param("alias", event.alias())
			.param("email", event.email())
			.param("attributes", attributes(event.attributes()))
			.param("version", event.version())
			.param("profileVersion", event.profileVersion())
			.param("at", Timestamp.from(event.updatedAt()))
			.update();
	}

	@EventHandler
	void on(PrincipalStatusChanged event, @SequenceNumber long sequence) {
		this.jdbc.sql("""
				update principal_summary_v1 set status = :status, version = :version, updated_at = :at
				where principal_id = :id""")
			.param("id", event.principalId())
			.param("status", event.status())
			.param("version", sequence + 1)
			.param("at", Timestamp.from(event.changedAt()))
			.update();
	}

	@EventHandler
	void on(PrincipalPasswordChanged event, @SequenceNumber long sequence) {
		this.jdbc.sql("update principal_summary_v1 set version = :version, updated_at = :at where principal_id = :id")
			.param("id", event.principalId())
			.param("version", sequence + 1)
			.param("at", Timestamp.from(event.changedAt()))
			.update();
	}

	private String attributes(Map<String, Object> attributes) {
		return this.json.writeValueAsString((attributes != null) ? attributes : Map.of());
	}

}

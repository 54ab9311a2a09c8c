package io.castellan.identity.invite.query;

import java.sql.Timestamp;

import io.castellan.identity.invite.event.InviteAccepted;
import io.castellan.identity.invite.event.InviteCreated;
import io.castellan.identity.invite.event.InviteRevoked;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps {@code invite_v1} in step with the invitation events, in the command's transaction. */
@Component
@ProcessingGroup("invites")
class InviteProjection {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	InviteProjection(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@EventHandler
	void on(InviteCreated event) {
		this.jdbc.sql("""
				insert into invite_v1 (invite_id, tenant_id, email, roles, locale, status, expires_at, created_by,
				    created_at)
				values (:id, :tenantId, :email, cast(:roles as jsonb), :locale, 'pending', :expiresAt, :createdBy,
				    :createdAt)
				on conflict (invite_id) do nothing""")
			.param("id", event.inviteId())
			.param("tenantId", event.tenantId())
			.param("email", event.email())
			.param("roles", this.json.writeValueAsString(event.roles()))
			.param("locale", event.locale())
			.param("expiresAt", Timestamp.from(event.expiresAt()))
			.param("createdBy", event.createdBy())
			.param("createdAt", Timestamp.from(event.createdAt()))
			.update();
	}

	@EventHandler
	void on(InviteRevoked event) {
		this.jdbc.sql("""
				update invite_v1 set status = 'revoked', revoked_by = :by, revoked_at = :at where invite_id = :id""")
			.param("id", event.inviteId())
			.param("by", event.revokedBy())
			.param("at", Timestamp.from(event.revokedAt()))
			.update();
	}

	@EventHandler
	void on(InviteAccepted event) {
		this.jdbc.sql("""
				update invite_v1 set status = 'accepted', principal_id = :principalId, accepted_at = :at
				where invite_id = :id""")
			.param("id", event.inviteId())
			.param("principalId", event.principalId())
			.param("at", Timestamp.from(event.acceptedAt()))
			.update();
	}

}

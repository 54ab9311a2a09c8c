package io.castellan.identity.signup.query;

import java.sql.Timestamp;

import io.castellan.identity.signup.event.EmailVerified;
import io.castellan.identity.signup.event.PrincipalSignedUp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps {@code email_verification_v1} in step with the verification events, in the command's transaction. */
@Component
@ProcessingGroup("email-verification")
class EmailVerificationProjection {

	private final JdbcClient jdbc;

	EmailVerificationProjection(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventHandler
	void on(PrincipalSignedUp event) {
		this.jdbc.sql("""
				insert into email_verification_v1 (principal_id, tenant_id, email, locale, status, signed_up_at)
				values (:id, :tenantId, :email, :locale, 'pending', :at)
				on conflict (principal_id) do nothing""")
			.param("id", event.principalId())
			.param("tenantId", event.tenantId())
			.param("email", event.email())
			.param("locale", event.locale())
			.param("at", Timestamp.from(event.signedUpAt()))
			.update();
	}

	@EventHandler
	void on(EmailVerified event) {
		this.jdbc.sql("""
				insert into email_verification_v1 (principal_id, tenant_id, email, status, verified_at)
				values (:id, :tenantId, :email, 'verified', :at)
				on conflict (principal_id) do update set status = 'verified', verified_at = excluded.verified_at""")
			.param("id", event.principalId())
			.param("tenantId", event.tenantId())
			.param("email", event.email())
			.param("at", Timestamp.from(event.verifiedAt()))
			.update();
	}

}

package io.castellan.identity.signup;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether self-service signup is open. Closed unless switched on: per tenant by its own setting only (opening the
 * platform does not open every tenant), and for global humans ({@code platform}) by its setting or else
 * {@code castellan.signup.enabled}.
 */
@Component
public class SignupSettings {

	public static final String PLATFORM = "platform";

	private final JdbcClient jdbc;

	private final boolean platformDefault;

	SignupSettings(JdbcClient jdbc, @Value("${castellan.signup.enabled:false}") boolean platformDefault) {
		this.jdbc = jdbc;
		this.platformDefault = platformDefault;
	}

	public boolean enabled(String tenantId) {
		return own(tenantId).orElse(PLATFORM.equals(tenantId) && this.platformDefault);
	}

	public Optional<Boolean> own(String tenantId) {
		return this.jdbc.sql("select enabled from signup_setting where tenant_id = :tenantId")
			.param("tenantId", tenantId)
			.query(Boolean.class)
			.optional();
	}

	public void save(String tenantId, boolean enabled, String by, Instant at) {
		this.jdbc.sql("""
				insert into signup_setting (tenant_id, enabled, updated_by, updated_at)
				values (:tenantId, :enabled, :by, :at)
				on conflict (tenant_id) do update set enabled = excluded.enabled, updated_by = excluded.updated_by,
				    updated_at = excluded.updated_at""")
			.param("tenantId", tenantId)
			.param("enabled", enabled)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
	}

}

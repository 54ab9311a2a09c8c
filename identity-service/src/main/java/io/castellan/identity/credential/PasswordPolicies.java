package io.castellan.identity.credential;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Password policies per tenant; a tenant without its own uses the platform's, else {@link PasswordPolicy#DEFAULT}. */
@Component
public class PasswordPolicies {

	public static final String PLATFORM = "platform";

	private final JdbcClient jdbc;

	PasswordPolicies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public PasswordPolicy effective(String tenantId) {
		return own(tenantId).or(() -> own(PLATFORM)).orElse(PasswordPolicy.DEFAULT);
	}

	public Optional<PasswordPolicy> own(String tenantId) {
		return this.jdbc.sql("""
				select min_length, require_lower, require_upper, require_digit, require_symbol, check_breached
				from password_policy where tenant_id = :tenantId""")
			.param("tenantId", tenantId)
			.query((row, index) -> new PasswordPolicy(row.getInt(1), row.getBoolean(2), row.getBoolean(3),
					row.getBoolean(4), row.getBoolean(5), row.getBoolean(6)))
			.optional();
	}

	public void save(String tenantId, PasswordPolicy policy, String by, Instant at) {
		this.jdbc.sql("""
				insert into password_policy (tenant_id, min_length, require_lower, require_upper, require_digit,
				    require_symbol, check_breached, updated_by, updated_at)
				values (:tenantId, :min, :lower, :upper, :digit, :symbol, :breached, :by, :at)
				on conflict (tenant_id) do update set min_length = excluded.min_length,
				    require_lower = excluded.require_lower, require_upper = excluded.require_upper,
				    require_digit = excluded.require_digit, require_symbol = excluded.require_symbol,
				    check_breached = excluded.check_breached, updated_by = excluded.updated_by,
				    updated_at = excluded.updated_at""")
			.param("tenantId", tenantId)
			.param("min", policy.minLength())
			.param("lower", policy.requireLower())
			.param("upper", policy.requireUpper())
			.param("digit", policy.requireDigit())
			.param("symbol", policy.requireSymbol())
			.param("breached", policy.checkBreached())
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
	}

}

package io.castellan.identity.signup.query;

import java.util.List;
import java.util.Locale;

import io.castellan.platform.web.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads of {@code email_verification_v1}. Principals registered by an administrator have no row and count as
 * verified: only self-service signups wait for their link.
 */
@Repository
public class EmailVerifications {

	private final JdbcClient jdbc;

	EmailVerifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean isPending(String principalId) {
		return this.jdbc.sql("select count(*) from email_verification_v1 where principal_id = :id and status = 'pending'")
			.param("id", principalId)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * For login, once the password proved right.
	 * @throws ProblemException 403 {@code email_verification_required}
	 */
	public void requireVerified(String principalId) {
		if (isPending(principalId)) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "email_verification_required",
					"Verify your email address with the link we sent before logging in.");
		}
	}

	/** The principals of a tenant that signed up with this address and have not verified it yet. */
	public List<String> pendingByEmail(String tenantId, String email) {
		return this.jdbc.sql("""
				select principal_id from email_verification_v1
				where tenant_id = :tenantId and lower(email) = :email and status = 'pending'
				order by principal_id limit 5""")
			.param("tenantId", tenantId)
			.param("email", email.toLowerCase(Locale.ROOT))
			.query(String.class)
			.list();
	}

}

package io.castellan.identity.token;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import io.castellan.platform.web.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The hashes of issued tokens. Issuing and consuming happen in the command handlers of the flows, so a token and
 * the event that announces or spends it commit together; a consumption is one conditional update, so two
 * concurrent uses of one token cannot both succeed.
 */
@Component
public class OneTimeTokens {

	private final JdbcClient jdbc;

	OneTimeTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void store(IssuedToken token, String purpose, String subjectId, String principalId, String tenantId,
			Instant at) {
		this.jdbc.sql("""
				insert into one_time_token (token_hash, purpose, subject_id, principal_id, tenant_id, created_at,
				    expires_at)
				values (:hash, :purpose, :subject, :principal, :tenant, :at, :expires)""")
			.param("hash", token.hash())
			.param("purpose", purpose)
			.param("subject", subjectId)
			.param("principal", principalId)
			.param("tenant", tenantId)
			.param("at", Timestamp.from(at))
			.param("expires", Timestamp.from(token.expiresAt()))
			.update();
	}

	public Optional<OneTimeToken> find(String hash, String purpose) {
		return this.jdbc.sql("select * from one_time_token where token_hash = :hash and purpose = :purpose")
			.param("hash", hash)
			.param("purpose", purpose)
			.query(OneTimeTokens::map)
			.optional();
	}

	/**
	 * Finds a token that can still be used.
	 * @throws ProblemException 404 {@code token_not_found}; 410 {@code token_expired} when used or expired
	 */
	public OneTimeToken findUsable(String hash, String purpose, Instant now) {
		OneTimeToken token = find(hash, purpose).orElseThrow(OneTimeTokens::notFound);
		if (!token.usable(now)) {
			throw expired();
		}
		return token;
	}

	/**
	 * Spends a token of the given subject, once.
	 * @throws ProblemException 404 {@code token_not_found}; 410 {@code token_expired} when used or expired
	 */
	public void consume(String hash, String purpose, String subjectId, Instant now) {
		int spent = this.jdbc.sql("""
				update one_time_token set used_at = :now
				where token_hash = :hash and purpose = :purpose and subject_id = :subject
				  and used_at is null and expires_at > :now""")
			.param("hash", hash)
			.param("purpose", purpose)
			.param("subject", subjectId)
			.param("now", Timestamp.from(now))
			.update();
		if (spent == 0) {
			throw find(hash, purpose).filter((token) -> token.subjectId().equals(subjectId)).isPresent() ? expired()
					: notFound();
		}
	}

	/** Ends every unused token of a subject: a newer one replaces them, or the subject is gone. */
	public void supersede(String purpose, String subjectId, Instant now) {
		this.jdbc.sql("""
				update one_time_token set expires_at = :now
				where purpose = :purpose and subject_id = :subject and used_at is null and expires_at > :now""")
			.param("purpose", purpose)
			.param("subject", subjectId)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Ends every unused token of a principal for a purpose. */
	public void supersedeForPrincipal(String purpose, String principalId, Instant now) {
		this.jdbc.sql("""
				update one_time_token set expires_at = :now
				where purpose = :purpose and principal_id = :principal and used_at is null and expires_at > :now""")
			.param("purpose", purpose)
			.param("principal", principalId)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** How many tokens of a purpose were issued to a principal since a time, for quiet rate limits. */
	public int issuedSince(String purpose, String principalId, Instant since) {
		return this.jdbc.sql("""
				select count(*) from one_time_token
				where purpose = :purpose and principal_id = :principal and created_at > :since""")
			.param("purpose", purpose)
			.param("principal", principalId)
			.param("since", Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	static ProblemException notFound() {
		return new ProblemException(HttpStatus.NOT_FOUND, "token_not_found", "No such token.");
	}

	static ProblemException expired() {
		return new ProblemException(HttpStatus.GONE, "token_expired", "This link was already used or has expired.");
	}

	private static OneTimeToken map(ResultSet row, int index) throws SQLException {
		Timestamp used = row.getTimestamp("used_at");
		return new OneTimeToken(row.getString("purpose"), row.getString("subject_id"), row.getString("principal_id"),
				row.getString("tenant_id"), row.getTimestamp("created_at").toInstant(),
				row.getTimestamp("expires_at").toInstant(), (used != null) ? used.toInstant() : null);
	}

}

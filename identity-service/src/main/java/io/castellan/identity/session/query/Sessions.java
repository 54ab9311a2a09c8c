package io.castellan.identity.session.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of {@code session_v1}, and the last-seen time, which is kept here rather than in events. */
@Repository
public class Sessions {

	private final JdbcClient jdbc;

	Sessions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<SessionView> find(String sessionId) {
		return this.jdbc.sql("select * from session_v1 where session_id = :id")
			.param("id", sessionId)
			.query(Sessions::map)
			.optional();
	}

	/** A principal's live sessions, newest first. */
	public List<SessionView> active(String principalId) {
		return this.jdbc.sql("""
				select * from session_v1 where principal_id = :principalId and revoked_at is null
				order by started_at desc, session_id""")
			.param("principalId", principalId)
			.query(Sessions::map)
			.list();
	}

	/** Live sessions unused for longer than the idle timeout, for the sweeper to revoke. */
	public List<SessionView> idleSince(Instant cutoff, int limit) {
		return this.jdbc.sql("""
				select * from session_v1 where revoked_at is null and last_seen_at < :cutoff
				order by last_seen_at limit :limit""")
			.param("cutoff", Timestamp.from(cutoff))
			.param("limit", limit)
			.query(Sessions::map)
			.list();
	}

	/**
	 * Records use of a live session, at most once per {@code granularity} so that busy sessions do not write on
	 * every request. Answers whether the session is live and not idle beyond {@code idleTimeout}.
	 */
	public boolean touch(String sessionId, Instant now, Duration granularity, Duration idleTimeout) {
		Optional<SessionView> session = find(sessionId);
		if (session.isEmpty() || !session.get().active()
				|| session.get().lastSeenAt().plus(idleTimeout).isBefore(now)) {
			return false;
		}
		if (session.get().lastSeenAt().plus(granularity).isBefore(now)) {
			this.jdbc.sql("update session_v1 set last_seen_at = :now where session_id = :id")
				.param("id", sessionId)
				.param("now", Timestamp.from(now))
				.update();
		}
		return true;
	}

	private static SessionView map(ResultSet row, int index) throws SQLException {
		Timestamp revoked = row.getTimestamp("revoked_at");
		return new SessionView(row.getString("session_id"), row.getString("principal_id"), row.getString("tenant_id"),
				row.getString("stage"), row.getString("ip_address"), row.getString("user_agent"),
				row.getTimestamp("started_at").toInstant(), row.getTimestamp("last_seen_at").toInstant(),
				(revoked != null) ? revoked.toInstant() : null, row.getString("revoke_reason"));
	}

}

package io.castellan.identity.signingkey.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.castellan.identity.client.query.OAuthClientRepository;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads of the key read model. A retired key stays published until every token it can have signed has expired:
 * its retirement plus the longest token life (the longest access-token TTL of any client, at least the 30 minutes
 * of ID tokens) plus a margin for clock skew.
 */
@Repository
public class SigningKeyStore {

	static final Duration ID_TOKEN_TTL = Duration.ofMinutes(30);

	static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

	private final JdbcClient jdbc;

	private final OAuthClientRepository clients;

	private final Clock clock;

	SigningKeyStore(JdbcClient jdbc, OAuthClientRepository clients, Clock clock) {
		this.jdbc = jdbc;
		this.clients = clients;
		this.clock = clock;
	}

	/** How long a retired key stays in the JWKS. */
	public Duration retention() {
		Duration longest = Duration.ofSeconds(this.clients.longestAccessTokenTtlSeconds());
		return ((longest.compareTo(ID_TOKEN_TTL) > 0) ? longest : ID_TOKEN_TTL).plus(CLOCK_SKEW);
	}

	/** The active key and the retired ones still published, newest first. */
	public List<SigningKeyRow> published() {
		Duration retention = retention();
		return this.jdbc.sql("""
				select kid, algorithm, public_key, private_key, activated_at, retired_at from signing_key
				where activated_at is not null and (retired_at is null or retired_at > :since)
				order by activated_at desc""")
			.param("since", Timestamp.from(this.clock.instant().minus(retention)))
			.query((row, index) -> map(row, retention))
			.list();
	}

	/** Every key ever activated, newest first, for the admin API. */
	public List<SigningKeyRow> all() {
		Duration retention = retention();
		return this.jdbc.sql("""
				select kid, algorithm, public_key, null as private_key, activated_at, retired_at from signing_key
				where activated_at is not null order by activated_at desc""")
			.query((row, index) -> map(row, retention))
			.list();
	}

	/** The key that signs with the algorithm. */
	public Optional<SigningKeyRow> active(String algorithm) {
		return published().stream()
			.filter((key) -> key.retiredAt() == null && key.algorithm().equals(algorithm))
			.findFirst();
	}

	private static SigningKeyRow map(ResultSet row, Duration retention) throws SQLException {
		Instant retiredAt = instant(row.getTimestamp("retired_at"));
		return new SigningKeyRow(row.getString("kid"), row.getString("algorithm"), row.getBytes("public_key"),
				row.getBytes("private_key"), instant(row.getTimestamp("activated_at")), retiredAt,
				(retiredAt != null) ? retiredAt.plus(retention) : null);
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}

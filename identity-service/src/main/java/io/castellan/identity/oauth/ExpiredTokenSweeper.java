package io.castellan.identity.oauth;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets what only mattered until a token expired: revocations of unstored access tokens and hashes of rotated
 * refresh tokens. On a schedule, not on every refresh, where the delete cost each request a scan.
 */
@Component
@EnableScheduling
final class ExpiredTokenSweeper {

	private final JdbcClient jdbc;

	private final Clock clock;

	ExpiredTokenSweeper(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${castellan.tokens.sweep-interval:5m}",
			initialDelayString = "${castellan.tokens.sweep-interval:5m}")
	void sweep() {
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("delete from revoked_access_token where expires_at < :now").param("now", now).update();
		this.jdbc.sql("delete from rotated_refresh_token where expires_at < :now").param("now", now).update();
	}

}

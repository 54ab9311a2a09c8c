package io.castellan.authz.index;

import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Snapshots of the index with the Kafka positions they reflect, in PostgreSQL, so that a restart resumes from
 * the newest snapshot instead of replaying every topic from the beginning. Only the newest few are kept.
 */
final class IndexSnapshots {

	private static final int KEEP = 3;

	private static final TypeReference<Map<String, Long>> POSITIONS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	IndexSnapshots(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void save(Snapshot snapshot) {
		this.jdbc.sql("insert into index_snapshot_v1 (positions, state) values (cast(:positions as jsonb), :state)")
			.param("positions", this.json.writeValueAsString(snapshot.positions()))
			.param("state", this.json.writeValueAsBytes(snapshot.state()))
			.update();
		this.jdbc.sql("""
				delete from index_snapshot_v1 where id not in
				(select id from index_snapshot_v1 order by id desc limit :keep)""")
			.param("keep", KEEP)
			.update();
	}

	Optional<Snapshot> latest() {
		return this.jdbc.sql("select positions::text as positions, state from index_snapshot_v1 order by id desc limit 1")
			.query((row, index) -> new Snapshot(
					this.json.readValue(row.getString("positions"), POSITIONS),
					this.json.readValue(row.getBytes("state"), IndexState.class)))
			.optional();
	}

	/**
	 * @param positions for each {@code topic/partition}, the next offset the snapshot has not applied
	 */
	record Snapshot(Map<String, Long> positions, IndexState state) {
	}

}

package io.castellan.authz.index;

import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Snapshots of the index with the Kafka positions they reflect, in PostgreSQL, so that a restart resumes from
 * the newest snapshot instead of replaying every topic from the beginning. Only the newest few are kept.
 */
final class IndexSnapshots {

	private static final Logger logger = LoggerFactory.getLogger(IndexSnapshots.class);

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

	/**
	 * The newest snapshot, or none when there is none or it is of another format than {@link IndexState#FORMAT}:
	 * the index is then rebuilt from the topics rather than mis-read.
	 */
	Optional<Snapshot> latest() {
		return this.jdbc.sql("select positions::text as positions, state from index_snapshot_v1 order by id desc limit 1")
			.query((row, index) -> new Stored(row.getString("positions"), row.getBytes("state")))
			.optional()
			.flatMap(this::read);
	}

	private Optional<Snapshot> read(Stored stored) {
		return state(this.json, stored.state())
			.map((state) -> new Snapshot(this.json.readValue(stored.positions(), POSITIONS), state));
	}

	/** A stored state, or none when it is of another format (format 1 carried no field). */
	static Optional<IndexState> state(JsonMapper json, byte[] stored) {
		JsonNode state = json.readTree(stored);
		int format = state.path("format").asInt(1);
		if (format != IndexState.FORMAT) {
			logger.info("Ignoring an index snapshot of format {} (this index reads {}): rebuilding from the topics",
					format, IndexState.FORMAT);
			return Optional.empty();
		}
		return Optional.of(json.treeToValue(state, IndexState.class));
	}

	private record Stored(String positions, byte[] state) {
	}

	/**
	 * @param positions for each {@code topic/partition}, the next offset the snapshot has not applied
	 */
	record Snapshot(Map<String, Long> positions, IndexState state) {
	}

}

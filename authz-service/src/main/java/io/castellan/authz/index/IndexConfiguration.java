package io.castellan.authz.index;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;

import io.castellan.platform.consistency.ConsumedPositions;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The in-memory permission index and the consumer that builds it. */
@Configuration(proxyBeanMethods = false)
class IndexConfiguration {

	@Bean
	PermissionIndex permissionIndex() {
		return new PermissionIndex();
	}

	@Bean
	Guardrails guardrails(PermissionIndex index) {
		return new Guardrails(index);
	}

	@Bean
	ConsumedPositions consumedPositions(@Value("${castellan.index.topics}") List<String> topics) {
		return new ConsumedPositions(new HashSet<>(topics));
	}

	@Bean
	IndexSnapshots indexSnapshots(JdbcClient jdbc, JsonMapper json) {
		return new IndexSnapshots(jdbc, json);
	}

	@Bean
	IndexConsumer indexConsumer(PermissionIndex index, ConsumedPositions positions, JsonMapper json,
			@Value("${castellan.index.topics}") List<String> topics,
			@Value("${spring.kafka.bootstrap-servers:localhost:9092}") String bootstrapServers, MeterRegistry meters,
			IndexSnapshots snapshots, @Value("${castellan.index.snapshot.every-events:10000}") long everyEvents,
			@Value("${castellan.index.snapshot.every:60s}") Duration every) {
		return new IndexConsumer(index, positions, json, topics, bootstrapServers, meters, snapshots,
				new SnapshotPolicy(everyEvents, every));
	}

}

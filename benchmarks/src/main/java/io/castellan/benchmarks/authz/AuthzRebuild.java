package io.castellan.benchmarks.authz;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.castellan.authz.index.BenchmarkIndexes;
import io.castellan.authz.index.PermissionIndex;
import io.castellan.schemas.EventTypes;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Rebuild time from the topics: a fresh index consumer (authz-service's own, without snapshots) reads the tenant,
 * identity and authz topics from their beginning, in this process, until it has applied everything that was on
 * them when it started. Run after the dataset is loaded:
 * {@code benchmarks/run.sh authz.AuthzRebuild localhost:9092}.
 */
public final class AuthzRebuild {

	private AuthzRebuild() {
	}

	public static void main(String[] args) throws InterruptedException {
		String kafka = (args.length > 0) ? args[0] : "localhost:9092";
		List<String> topics = List.of(EventTypes.TENANT_TOPIC, EventTypes.IDENTITY_TOPIC, EventTypes.AUTHZ_TOPIC);
		Map<TopicPartition, Long> ends = ends(kafka, topics);
		long start = System.nanoTime();
		BenchmarkIndexes.Rebuild rebuild = BenchmarkIndexes.rebuild(new PermissionIndex(), topics, kafka);
		long deadline = start + Duration.ofMinutes(15).toNanos();
		while (!caughtUp(rebuild, ends)) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("The rebuild did not reach the ends of the topics in 15 minutes");
			}
			Thread.sleep(20);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		rebuild.stop();
		long records = ends.values().stream().mapToLong(Long::longValue).sum();
		System.out.printf("rebuild: %d records on %d partitions applied in %.1f s (%.0f records/s), heap in use %.0f MB%n",
				records, ends.size(), seconds, records / seconds,
				ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0);
	}

	private static boolean caughtUp(BenchmarkIndexes.Rebuild rebuild, Map<TopicPartition, Long> ends) {
		return ends.entrySet()
			.stream()
			.allMatch((end) -> rebuild.position(end.getKey().topic(), end.getKey().partition()) >= end.getValue());
	}

	private static Map<TopicPartition, Long> ends(String kafka, List<String> topics) {
		Properties config = new Properties();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
		try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
				new ByteArrayDeserializer())) {
			List<TopicPartition> partitions = topics.stream()
				.flatMap((topic) -> consumer.partitionsFor(topic, Duration.ofSeconds(30))
					.stream()
					.map((info) -> new TopicPartition(topic, info.partition())))
				.toList();
			return consumer.endOffsets(partitions);
		}
	}

}

package io.castellan.benchmarks.authz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import io.castellan.platform.consistency.ConsistencyToken;
import io.castellan.schemas.EventTypes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Loads {@link AuthzDataset} into a running platform through Kafka, then waits until it is quiet again: until
 * authz-service's index reflects every record (a check given the records' consistency token answers), and until
 * every consumer group of the platform (audit-service records every event) has caught up, so the load measured next
 * does not share the CPU with the ingestion. Skips publishing when the index already knows the dataset.
 * <p>
 * {@code benchmarks/run.sh authz.AuthzDatasetLoader <kafka> <authz-url> <bearer> [seconds to wait for consumers]};
 * benchmarks/authz/run.sh calls it.
 */
public final class AuthzDatasetLoader {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private AuthzDatasetLoader() {
	}

	public static void main(String[] args) throws Exception {
		String kafka = args[0];
		String authz = args[1];
		String bearer = args[2];
		int last = AuthzDataset.OBJECTS - 1;
		long published = System.nanoTime();
		if (allowed(authz, bearer, AuthzDataset.principal(AuthzDataset.editor(last)), AuthzDataset.object(last), null)) {
			System.out.println("dataset already in the index; not published again");
		}
		else {
			long start = System.nanoTime();
			DatasetPublisher publisher = new DatasetPublisher(kafka);
			ConsistencyToken token = publisher.publishAll();
			published = System.nanoTime();
			System.out.printf("published %d events (%d grants) in %.1f s%n", publisher.sent(), AuthzDataset.grants(),
					(published - start) / 1e9);
			while (!allowed(authz, bearer, AuthzDataset.principal(AuthzDataset.editor(last)), AuthzDataset.object(last),
					token.encode())) {
				System.out.println("waiting for authz-service's index...");
			}
			System.out.printf("authz-service reflects them %.1f s after the last acknowledgement (%.1f s in all)%n",
					(System.nanoTime() - published) / 1e9, (System.nanoTime() - start) / 1e9);
		}
		awaitConsumers(kafka, Duration.ofSeconds((args.length > 3) ? Long.parseLong(args[3]) : 600), published);
	}

	/** A check with the token; a 503 (the index is not there yet after the bounded wait) answers false. */
	static boolean allowed(String authz, String bearer, String principalId, String objectId, String token)
			throws IOException, InterruptedException {
		String body = "{\"principalId\":\"" + principalId + "\",\"action\":\"write\",\"object\":{\"id\":\"" + objectId
				+ "\"}" + ((token != null) ? ",\"consistencyToken\":\"" + token + "\"" : "") + "}";
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(authz + "/api/authz/check"))
			.header("Authorization", "Bearer " + bearer)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() == 503) {
			return false;
		}
		if (response.statusCode() != 200) {
			throw new IllegalStateException("check answered " + response.statusCode() + " " + response.body());
		}
		return response.body().contains("\"allowed\":true");
	}

	/**
	 * Until no consumer group lags behind the ends of the tenant, identity and authz topics; tells when each group
	 * caught up, counted from the last acknowledged record of the dataset (the permission-change stream's among
	 * them).
	 */
	private static void awaitConsumers(String kafka, Duration timeout, long published)
			throws InterruptedException, ExecutionException {
		Set<String> caughtUp = new java.util.HashSet<>();
		Properties config = new Properties();
		config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
		Set<String> topics = Set.of(EventTypes.TENANT_TOPIC, EventTypes.IDENTITY_TOPIC, EventTypes.AUTHZ_TOPIC);
		long deadline = System.nanoTime() + timeout.toNanos();
		try (Admin admin = Admin.create(config)) {
			while (true) {
				Map<TopicPartition, OffsetSpec> query = new HashMap<>();
				admin.describeTopics(topics).allTopicNames().get().forEach((topic, description) -> description
					.partitions()
					.forEach((partition) -> query.put(new TopicPartition(topic, partition.partition()), OffsetSpec.latest())));
				Map<TopicPartition, Long> ends = new HashMap<>();
				admin.listOffsets(query).all().get().forEach((partition, info) -> ends.put(partition, info.offset()));
				long lag = 0;
				Map<String, Long> lagging = new java.util.TreeMap<>();
				for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
					long groupLag = 0;
					Map<TopicPartition, OffsetAndMetadata> committed = admin
						.listConsumerGroupOffsets(group.groupId())
						.partitionsToOffsetAndMetadata()
						.get();
					for (Map.Entry<TopicPartition, OffsetAndMetadata> entry : committed.entrySet()) {
						Long end = ends.get(entry.getKey());
						if (end != null && entry.getValue() != null && end > entry.getValue().offset()) {
							lag += end - entry.getValue().offset();
							groupLag += end - entry.getValue().offset();
							lagging.merge(group.groupId(), end - entry.getValue().offset(), Long::sum);
						}
					}
					if (groupLag == 0 && caughtUp.add(group.groupId())) {
						System.out.printf("consumer group %s caught up %.1f s after the last acknowledgement%n",
								group.groupId(), (System.nanoTime() - published) / 1e9);
					}
				}
				if (lag == 0) {
					System.out.println("every consumer group has caught up");
					return;
				}
				if (System.nanoTime() > deadline) {
					System.out.println("consumer groups still behind, measuring anyway: " + lagging);
					return;
				}
				System.out.println("consumer groups behind: " + lagging);
				Thread.sleep(1000);
			}
		}
	}

}

package io.castellan.authz.index;

import java.time.Duration;
import java.util.List;

import io.castellan.platform.consistency.ConsumedPositions;
import io.castellan.schemas.PublishedEvent;
import io.castellan.schemas.authz.ObjectGroupCreated;
import io.castellan.schemas.authz.ObjectRegistered;
import io.castellan.schemas.authz.PolicyAttached;
import io.castellan.schemas.authz.PrincipalGroupCreated;
import io.castellan.schemas.authz.PrincipalGroupMemberAdded;
import io.castellan.schemas.authz.RoleAssigned;
import io.castellan.schemas.authz.RoleAssignedToGroup;
import io.castellan.schemas.authz.RoleCreated;
import io.castellan.schemas.identity.PrincipalRegistered;
import io.castellan.schemas.tenant.TenantCreated;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark access to the index's writer side, which is package-private on purpose (only the index consumer
 * writes): apply published events in-process, as the consumer would after reading them, and start a consumer of
 * the real topics that neither resumes from nor stores snapshots, to time a rebuild. Lives in the benchmarks
 * module, in the index's package; nothing in authz-service depends on it.
 */
public final class BenchmarkIndexes {

	private BenchmarkIndexes() {
	}

	public static void apply(PermissionIndex index, PublishedEvent event) {
		switch (event) {
			case TenantCreated created -> index.apply(created);
			case PrincipalRegistered registered -> index.apply(registered);
			case PrincipalGroupCreated created -> index.apply(created);
			case PrincipalGroupMemberAdded added -> index.apply(added);
			case RoleCreated created -> index.apply(created);
			case RoleAssigned assigned -> index.apply(assigned);
			case RoleAssignedToGroup assigned -> index.apply(assigned);
			case PolicyAttached attached -> index.apply(attached);
			case ObjectGroupCreated created -> index.apply(created);
			case ObjectRegistered registered -> index.apply(registered);
			default -> throw new IllegalArgumentException("Not an event the benchmark applies: " + event);
		}
	}

	/** A running consumer of the topics from their beginning, into {@code index}; stop it with {@link Rebuild#stop}. */
	public static Rebuild rebuild(PermissionIndex index, List<String> topics, String bootstrapServers) {
		ConsumedPositions positions = new ConsumedPositions(new java.util.HashSet<>(topics));
		IndexConsumer consumer = new IndexConsumer(index, positions, JsonMapper.builder().build(), topics,
				bootstrapServers, new SimpleMeterRegistry(), null, new SnapshotPolicy(Long.MAX_VALUE, Duration.ofDays(1)));
		consumer.start();
		return new Rebuild(consumer, positions);
	}

	/** A consumer rebuilding an index, and how far it got. */
	public static final class Rebuild {

		private final IndexConsumer consumer;

		private final ConsumedPositions positions;

		Rebuild(IndexConsumer consumer, ConsumedPositions positions) {
			this.consumer = consumer;
			this.positions = positions;
		}

		/** The next offset to apply of a partition, or -1 before the consumer saw it. */
		public long position(String topic, int partition) {
			return this.positions.position(topic, partition);
		}

		public long applied() {
			return this.consumer.applied();
		}

		public void stop() {
			this.consumer.stop();
		}

	}

}

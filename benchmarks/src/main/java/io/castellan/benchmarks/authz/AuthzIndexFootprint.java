package io.castellan.benchmarks.authz;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import io.castellan.authz.index.BenchmarkIndexes;
import io.castellan.authz.index.PermissionIndex;
import io.castellan.schemas.PublishedEvent;
import org.openjdk.jol.info.GraphLayout;
import tools.jackson.databind.json.JsonMapper;

/**
 * The index's memory per grant and its build time, in-process. Each event goes through JSON and back first, as the
 * index consumer reads it from Kafka, so no string is shared that the service would not share. The heap in use is
 * read after full collections before and after building; JOL's walk of the index's object graph gives the same
 * figure without the rest of the heap. Run: {@code benchmarks/run.sh authz.AuthzIndexFootprint} (JOL wants
 * {@code -Djdk.attach.allowAttachSelf=true}, which run.sh does not pass: JOL then says so and the heap figure stands).
 */
public final class AuthzIndexFootprint {

	private AuthzIndexFootprint() {
	}

	public static void main(String[] args) {
		JsonMapper json = JsonMapper.builder().build();
		List<byte[]> payloads = new ArrayList<>();
		List<Class<? extends PublishedEvent>> types = new ArrayList<>();
		AuthzDataset.generate((event) -> {
			payloads.add(json.writeValueAsBytes(event));
			types.add(event.getClass());
		});
		// Once to warm the code up, once to measure.
		build(json, payloads, types);
		long before = usedHeapAfterGc();
		long start = System.nanoTime();
		PermissionIndex index = build(json, payloads, types);
		long buildNanos = System.nanoTime() - start;
		long after = usedHeapAfterGc();
		long grants = AuthzDataset.grants();
		System.out.printf("events=%d grants=%d build_s=%.2f (JSON decode + apply, one thread)%n", payloads.size(),
				grants, buildNanos / 1e9);
		System.out.printf("heap_delta_mb=%.1f bytes_per_grant=%.0f%n", (after - before) / 1048576.0,
				(after - before) / (double) grants);
		try {
			long retained = GraphLayout.parseInstance(index).totalSize();
			System.out.printf("jol_retained_mb=%.1f jol_bytes_per_grant=%.0f%n", retained / 1048576.0,
					retained / (double) grants);
		}
		catch (RuntimeException | LinkageError ex) {
			System.out.println("jol unavailable: " + ex);
		}
		System.out.println("still reachable: " + index.principalTenant(AuthzDataset.principal(0)).isPresent());
	}

	private static PermissionIndex build(JsonMapper json, List<byte[]> payloads,
			List<Class<? extends PublishedEvent>> types) {
		PermissionIndex index = new PermissionIndex();
		for (int i = 0; i < payloads.size(); i++) {
			BenchmarkIndexes.apply(index, json.readValue(payloads.get(i), types.get(i)));
		}
		return index;
	}

	private static long usedHeapAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}

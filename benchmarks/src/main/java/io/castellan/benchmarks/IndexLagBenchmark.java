package io.castellan.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * Write-to-index lag: how long after a role assignment's write answers does authz-service's in-memory index
 * reflect it? For each of N assignments (default 1,000) of a role granting one distinct object, it measures
 * (a) the write's own latency and (b) the time from the write's answer until a check given the write's consistency
 * token answers "allowed" (the check waits exactly until the index has applied the write). A check of the same
 * object without token, sent first, shows how often an immediate read would have been stale.
 * <p>
 * Run against a platform started with {@code ./deploy/run-local.sh}:
 * {@code benchmarks/run.sh IndexLagBenchmark http://localhost:8000 castellan-admin <secret> 1000 http://localhost:8083}
 * (the last argument, authz-service's own address, adds the lag it measures from each event's time).
 */
public final class IndexLagBenchmark {

	private IndexLagBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String baseUrl = (args.length > 0) ? args[0] : "http://localhost:8000";
		String clientId = (args.length > 1) ? args[1] : "castellan-admin";
		String secret = (args.length > 2) ? args[2] : System.getenv("CASTELLAN_ADMIN_CLIENT_SECRET");
		int count = (args.length > 3) ? Integer.parseInt(args[3]) : 1000;
		Platform platform = new Platform(baseUrl, clientId, secret);

		String suffix = UUID.randomUUID().toString().substring(0, 8);
		JsonNode tenant = platform.post("/api/tenants", Map.of("name", "Bench " + suffix, "alias", "bench-" + suffix),
				null);
		String tenantId = tenant.get("id").asString();
		JsonNode principal = platform.post("/api/principals",
				Map.of("tenantId", tenantId, "kind", "service", "name", "bench-" + suffix), tenant.get("_token").asString());
		String principalId = principal.get("id").asString();
		String principalToken = principal.get("_token").asString();

		long[] writeNanos = new long[count];
		long[] lagNanos = new long[count];
		int staleWithoutToken = 0;
		for (int i = 0; i < count; i++) {
			String objectId = "doc-" + i;
			JsonNode role = platform.post("/api/authz/roles", Map.of("tenantId", tenantId, "name", "doc-reader-" + i,
					"blocks", List.of(Map.of("effect", "allow", "actions", List.of("read"), "scope",
							Map.of("mode", "object", "objectType", "resource:doc", "objectId", objectId)))),
					null);
			Map<String, Object> check = Map.of("principalId", principalId, "action", "read", "object",
					Map.of("tenantId", tenantId, "type", "resource:doc", "id", objectId));

			long start = System.nanoTime();
			JsonNode assigned = platform.post("/api/authz/role-assignments",
					Map.of("tenantId", tenantId, "roleId", role.get("id").asString(), "principalId", principalId),
					principalToken);
			long answered = System.nanoTime();
			if (!platform.post("/api/authz/check", check, null).get("allowed").asBoolean()) {
				staleWithoutToken++;
			}
			JsonNode decision = platform.post("/api/authz/check", check, assigned.get("_token").asString());
			long visible = System.nanoTime();
			if (!decision.get("allowed").asBoolean()) {
				throw new IllegalStateException("Check with the assignment's token was not allowed: " + decision);
			}
			writeNanos[i] = answered - start;
			lagNanos[i] = visible - answered;
		}
		report("assignment write (request to answer, includes waiting for Kafka ack)", writeNanos);
		report("write answer -> check with token allowed (write-to-index lag, upper bound)", lagNanos);
		System.out.printf("checks without token straight after the write that were stale: %d of %d%n",
				staleWithoutToken, count);
		if (args.length > 4) {
			// authz-service measures the lag itself, from each event's time to its application to the index.
			HttpResponse<String> metrics = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(args[4] + "/actuator/prometheus")).build(),
						HttpResponse.BodyHandlers.ofString());
			metrics.body()
				.lines()
				.filter((line) -> line.startsWith("castellan_index_lag_seconds"))
				.forEach((line) -> System.out.println("authz-service " + line));
		}
	}

	private static void report(String what, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		System.out.printf("%s: n=%d p50=%.2f ms p90=%.2f ms p99=%.2f ms max=%.2f ms%n", what, sorted.length,
				percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
				sorted[sorted.length - 1] / 1e6);
	}

	private static double percentile(long[] sorted, double p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
	}

}

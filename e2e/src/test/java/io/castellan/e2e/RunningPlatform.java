package io.castellan.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.castellan.platform.test.TestDatabase;
import io.castellan.platform.test.TestKafka;
import io.castellan.platform.test.TestSecrets;

import static org.awaitility.Awaitility.await;

/**
 * Every service and the gateway as real processes, started from their packaged jars the way the local runner
 * starts them, on fresh PostgreSQL databases and the test JVM's KRaft broker.
 */
final class RunningPlatform implements AutoCloseable {

	static final String ADMIN_CLIENT = "castellan-admin";

	static final String ADMIN_SECRET = "e2e-admin-secret";

	private static final List<String> SERVICES = List.of("identity-service", "tenant-service", "authz-service",
			"audit-service", "notification-service", "provisioning-worker", "gateway");

	private static final Map<String, String> PORT_VARIABLE = Map.of("identity-service", "IDENTITY_PORT",
			"tenant-service", "TENANT_PORT", "authz-service", "AUTHZ_PORT", "audit-service", "AUDIT_PORT",
			"notification-service", "NOTIFICATION_PORT", "provisioning-worker", "PROVISIONING_PORT", "gateway",
			"GATEWAY_PORT");

	private static final Map<String, String> URL_VARIABLE = Map.of("identity-service", "IDENTITY_URL",
			"tenant-service", "TENANT_URL", "authz-service", "AUTHZ_URL", "audit-service", "AUDIT_URL",
			"notification-service", "NOTIFICATION_URL", "provisioning-worker", "PROVISIONING_URL");

	private final Map<String, Integer> ports = new LinkedHashMap<>();

	private final List<TestDatabase> databases = new ArrayList<>();

	private final List<Process> processes = new ArrayList<>();

	private RunningPlatform() {
	}

	/**
	 * @param extra environment for every process (SMTP, webhook receiver)
	 */
	static RunningPlatform start(Map<String, String> extra) throws IOException {
		RunningPlatform platform = new RunningPlatform();
		try {
			platform.launch(extra);
			platform.awaitReady();
			return platform;
		}
		catch (IOException | RuntimeException ex) {
			platform.close();
			throw ex;
		}
	}

	String gatewayUrl() {
		return url("gateway");
	}

	String url(String service) {
		return "http://localhost:" + this.ports.get(service);
	}

	private void launch(Map<String, String> extra) throws IOException {
		for (String service : SERVICES) {
			this.ports.put(service, freePort());
		}
		Map<String, String> common = new HashMap<>(extra);
		common.put("CASTELLAN_KAFKA", TestKafka.bootstrapServers());
		common.put("CASTELLAN_ISSUER", gatewayUrl());
		common.put("CASTELLAN_JWKS", url("identity-service") + "/oauth2/jwks");
		common.put("CASTELLAN_ADMIN_CLIENT_SECRET", ADMIN_SECRET);
		common.put("CASTELLAN_LINK_KEY", TestSecrets.LINK_KEY);
		common.put("CASTELLAN_API_KEY_PEPPER", TestSecrets.API_KEY_PEPPER);
		common.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
		this.ports.forEach((service, port) -> common.put(PORT_VARIABLE.get(service), Integer.toString(port)));
		URL_VARIABLE.forEach((service, variable) -> common.put(variable, url(service)));
		String java = ProcessHandle.current().info().command().orElse("java");
		Path logs = Files.createDirectories(Path.of("target", "e2e-logs"));
		for (String service : SERVICES) {
			ProcessBuilder builder = new ProcessBuilder(java, "-XX:+UseSerialGC", "-Xmx384m", "-jar",
					jar(service).toString());
			builder.environment().putAll(common);
			if (!service.equals("gateway")) {
				TestDatabase database = TestDatabase.create(service.replace('-', '_'));
				this.databases.add(database);
				builder.environment().put("CASTELLAN_DB_URL", database.jdbcUrl());
			}
			builder.redirectErrorStream(true).redirectOutput(logs.resolve(service + ".log").toFile());
			this.processes.add(builder.start());
		}
	}

	private void awaitReady() {
		HttpClient client = HttpClient.newHttpClient();
		for (String service : SERVICES) {
			await(service + " ready").atMost(Duration.ofMinutes(4))
				.pollInterval(Duration.ofSeconds(1))
				.ignoreExceptions()
				.until(() -> {
					assertAlive();
					HttpResponse<Void> response = client.send(
							HttpRequest.newBuilder(URI.create(url(service) + "/actuator/health/readiness")).build(),
							HttpResponse.BodyHandlers.discarding());
					return response.statusCode() == 200;
				});
		}
	}

	private void assertAlive() {
		for (int i = 0; i < this.processes.size(); i++) {
			if (!this.processes.get(i).isAlive()) {
				throw new IllegalStateException(SERVICES.get(i) + " exited; see target/e2e-logs");
			}
		}
	}

	private static Path jar(String service) throws IOException {
		try (Stream<Path> files = Files.list(Path.of("..", service, "target"))) {
			return files.filter((file) -> file.getFileName().toString().matches(service + "-.*\\.jar"))
				.filter((file) -> !file.getFileName().toString().matches(".*-(sources|tests|original)\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No packaged jar of " + service));
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Override
	public void close() {
		this.processes.forEach(Process::destroy);
		for (Process process : this.processes) {
			try {
				if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.databases.forEach(TestDatabase::drop);
	}

}

package io.castellan.platform.test;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test application context at the real parts: a fresh PostgreSQL database (dropped when the JVM
 * ends) and the JVM's embedded KRaft broker.
 */
public final class CastellanTestInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String service = context.getEnvironment().getProperty("spring.application.name", "svc").replace('-', '_');
		TestDatabase database = TestDatabase.create(service);
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("castellanTest",
					Map.of("spring.datasource.url", database.jdbcUrl(), "spring.datasource.username", "postgres",
							"spring.kafka.bootstrap-servers", TestKafka.bootstrapServers(),
							// Each context its own consumer group: contexts sharing the JVM's broker would otherwise
							// split the topics' partitions between them and each miss some events.
							"castellan.consumer.group", service + "-" + database.name(), "castellan.link-key",
							TestSecrets.LINK_KEY, "castellan.api-keys.pepper", TestSecrets.API_KEY_PEPPER)));
		// Defaults a test may override: cached contexts stay open, so each keeps few idle connections and the
		// machine's PostgreSQL (100 connections by default) serves every context of a module's test run.
		context.getEnvironment()
			.getPropertySources()
			.addLast(new MapPropertySource("castellanTestDefaults",
					Map.of("spring.datasource.hikari.minimum-idle", "1", "spring.datasource.hikari.maximum-pool-size", "8",
							"spring.datasource.hikari.idle-timeout", "30000")));
		// Cached test contexts live until the JVM ends; the drop is forced, so open pool connections do not block it.
		Runtime.getRuntime().addShutdownHook(new Thread(database::drop, "drop-" + database.name()));
	}

}

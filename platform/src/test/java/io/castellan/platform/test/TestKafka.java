package io.castellan.platform.test;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One real Kafka broker (KRaft, in-process) per test JVM, started on first use: the first start costs seconds,
 * every later context reuses it. Topics are created by the services themselves, as in production.
 */
public final class TestKafka {

	private static EmbeddedKafkaKraftBroker broker;

	private TestKafka() {
	}

	public static synchronized String bootstrapServers() {
		if (broker == null) {
			broker = new EmbeddedKafkaKraftBroker(1, 3);
			broker.brokerProperty("auto.create.topics.enable", "false");
			broker.afterPropertiesSet();
			Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "embedded-kafka-shutdown"));
		}
		return broker.getBrokersAsString();
	}

}
